/**
 * Feedback (phản ánh, kiến nghị): intake, screening, routing, handling, answers, publication.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback")
package vn.cityhall.feedback;
