package vn.cityhall.organization;

/**
 * What a person may do. A person acts for their own unit; a {@link #LEADER} also for the
 * unit's whole subtree; a {@link #SYSTEM_ADMIN} administers the platform.
 */
public enum Role {
    SYSTEM_ADMIN,
    /** Lãnh đạo: directs the unit and its subtree, assigns and approves. */
    LEADER,
    /** Văn thư: registers incoming and outgoing documents. */
    CLERK,
    /** Chuyên viên, cán bộ: handles the work assigned to them. */
    OFFICER,
    /** Screens and routes citizens' feedback. */
    FEEDBACK_OPERATOR,
    /** Organizes meetings and keeps the leaders' schedule. */
    MEETING_SECRETARY,
    /** Prepares and submits the unit's periodic reports. */
    REPORTER;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "organization.role." + name();
    }
}
