package vn.cityhall.knowledge.internal;

/** Only published entries are searched; a draft is seen by staff alone. */
public enum EntryStatus {
    DRAFT,
    PUBLISHED;

    public String messageKey() {
        return "knowledge.status." + name();
    }

    public static EntryStatus parse(String name) {
        for (EntryStatus status : values()) {
            if (status.name().equals(name)) {
                return status;
            }
        }
        return null;
    }
}
