package vn.cityhall.zalo.conversation;

/** Where a citizen stands in the Zalo conversation; each state says what their next message means. */
enum ConversationState {
    /** The menu was shown (or nothing is going on): a number picks an entry. */
    MENU,
    /** A feedback draft waits for its description (photos, files and a location may come too). */
    DESCRIBE,
    /** The draft waits for a category number. */
    CATEGORY,
    /** The draft waits for the sender's name. */
    NAME,
    /** The draft waits for the sender's phone number. */
    PHONE,
    /** The draft waits for yes or no to publishing the masked question and answer. */
    PUBLISH,
    /** The summary was shown: 1 confirms, "sửa" edits, "hủy" cancels. */
    CONFIRM,
    /** Questions are answered from the knowledge base. */
    QUESTION,
    /** A tracking code is awaited. */
    TRACK,
    /** An answered item's rating (1 to 5) is awaited. */
    RATING;

    /** Whether a feedback draft is being written in this state. */
    boolean drafting() {
        return this == DESCRIBE || this == CATEGORY || this == NAME || this == PHONE || this == PUBLISH
                || this == CONFIRM;
    }
}
