package vn.cityhall.feedback;

/** Khẩn (urgent), bình thường (normal), phức tạp (complex): each has its own handling deadline. */
public enum FeedbackLevel {
    URGENT, NORMAL, COMPLEX;

    /** A level as a form posts it: {@code null} when none or an unknown one was chosen. */
    public static FeedbackLevel parse(String posted) {
        try {
            return posted == null || posted.isBlank() ? null : valueOf(posted.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
