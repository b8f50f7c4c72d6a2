/**
 * The staff home page "Việc của tôi" (my work) and its contribution point: each module adds the
 * current user's items and counters through {@link vn.cityhall.home.WorkInboxContribution}, and the
 * error pages in the same layout.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package vn.cityhall.home;
