package vn.cityhall.audit;

/** How an audited action ended. */
public enum AuditOutcome {

    /** The action was carried out. */
    SUCCESS,

    /** The action was attempted and failed, e.g. a login with a wrong password. */
    FAILURE,

    /** The action was refused because the actor lacked the right to do it. */
    DENIED
}
