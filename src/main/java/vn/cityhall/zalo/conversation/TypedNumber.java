package vn.cityhall.zalo.conversation;

/** A number the citizen typed as a whole message (its search key), for the numbered lists. */
final class TypedNumber {

    private TypedNumber() {
    }

    /** The number typed, if it is one between {@code min} and {@code max}; else {@code null}. */
    static Integer between(String key, int min, int max) {
        if (!key.matches("\\d{1,3}")) {
            return null;
        }
        int value = Integer.parseInt(key);
        return value < min || value > max ? null : value;
    }
}
