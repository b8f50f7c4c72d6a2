package vn.cityhall.shared;

/** The part a unit plays in an obligation, as in Vietnamese assignments (Decree 30/2020). */
public enum ObligationRole {
    /** Chủ trì: leads and answers for the result. */
    LEAD,
    /** Phối hợp: contributes to the lead unit's work. */
    COORDINATE,
    /** Nhận để biết: informed; acknowledges, no result expected. */
    INFORM;

    public String messageKey() {
        return "obligation.role." + name();
    }
}
