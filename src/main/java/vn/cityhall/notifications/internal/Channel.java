package vn.cityhall.notifications.internal;

/** How a notification reaches a person. */
public enum Channel {
    /** The bell and the notification list in the staff app. */
    IN_APP,
    /** An e-mail to the person's address. */
    EMAIL
}
