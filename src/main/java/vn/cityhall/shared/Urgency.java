package vn.cityhall.shared;

/**
 * Độ khẩn: how urgent a document or an obligation is (Decree 30/2020: khẩn, thượng khẩn, hỏa tốc).
 * Its label is the message {@code urgency.<NAME>}.
 */
public enum Urgency {
    NORMAL,
    /** Khẩn. */
    URGENT,
    /** Thượng khẩn. */
    VERY_URGENT,
    /** Hỏa tốc. */
    FLASH;

    public String messageKey() {
        return "urgency." + name();
    }
}
