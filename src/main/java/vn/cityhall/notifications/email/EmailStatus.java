package vn.cityhall.notifications.email;

/** Where a notification e-mail stands in the outbox. */
public enum EmailStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up after the last attempt, or refused for good; an administrator may send it again. */
    FAILED
}
