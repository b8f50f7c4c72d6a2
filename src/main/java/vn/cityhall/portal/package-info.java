/**
 * The public portal (no login, under {@code /portal}): citizens and businesses send feedback from a
 * phone-sized form and track it with its code. It uses the feedback module's API and the files module
 * for photos.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package vn.cityhall.portal;
