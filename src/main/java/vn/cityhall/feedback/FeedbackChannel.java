package vn.cityhall.feedback;

/** How an item reached us; answers go back the same way. */
public enum FeedbackChannel {
    PORTAL, OPERATOR, API, OPEN311, ZALO
}
