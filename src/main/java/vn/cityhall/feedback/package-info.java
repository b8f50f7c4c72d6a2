/**
 * Feedback (phản ánh, kiến nghị): intake from every channel, screening, routing, handling, answers,
 * publication. Entry point for other modules (the portal, operators, Zalo, Open311):
 * {@link vn.cityhall.feedback.FeedbackIntake}. Deadlines are in working hours and days of the
 * {@link vn.cityhall.calendar.WorkingCalendar}; {@link vn.cityhall.feedback.FeedbackReceived} and
 * the later events tell the other modules what happened.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback")
package vn.cityhall.feedback;
