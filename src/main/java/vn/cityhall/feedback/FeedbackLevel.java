package vn.cityhall.feedback;

/** Khẩn (urgent), bình thường (normal), phức tạp (complex): each has its own handling deadline. */
public enum FeedbackLevel {
    URGENT, NORMAL, COMPLEX
}
