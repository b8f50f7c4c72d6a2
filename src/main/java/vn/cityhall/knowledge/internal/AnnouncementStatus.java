package vn.cityhall.knowledge.internal;

/** A draft may still change; a sent announcement is fixed and cannot be sent again. */
public enum AnnouncementStatus {
    DRAFT,
    SENT;

    public String messageKey() {
        return "knowledge.announcement.status." + name();
    }
}
