/**
 * The Zalo Official Account channel: a signed webhook whose events are stored before they are
 * acknowledged and processed once, a Vietnamese conversation through which citizens send and track
 * feedback (through {@link vn.cityhall.feedback.FeedbackIntake}) and ask the legal Q&A, outbound
 * messages through a database outbox with retries, rotating OAuth tokens kept encrypted, and a
 * simulator that plays Zalo against the real code paths. Wire formats: {@code shared/reference/zalo-oa.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Zalo")
package vn.cityhall.zalo;
