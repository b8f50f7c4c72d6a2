package vn.cityhall.feedback.api;

/** The client a valid key belongs to; the principal of an API request. */
record ApiClientIdentity(long id, String name) {

    /** The name the audit trail records as the actor. */
    String username() {
        return "api-client:" + id;
    }
}
