package vn.cityhall.notifications.internal;

/**
 * Notification links must stay inside the staff app: a path on this site, never another site. A
 * link that could leave it ({@code //evil.example}, {@code /\evil.example}, {@code https://…}) is refused,
 * so that {@code /notifications/{id}/open} can never be used as an open redirect.
 */
public final class LocalLinks {

    private static final int MAX_LENGTH = 500;

    private LocalLinks() {
    }

    public static boolean isLocal(String link) {
        if (link == null || link.isEmpty() || link.length() > MAX_LENGTH || link.charAt(0) != '/') {
            return false;
        }
        if (link.length() > 1 && (link.charAt(1) == '/' || link.charAt(1) == '\\')) {
            return false;
        }
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c == '\\' || Character.isWhitespace(c) || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    /** The link when it is local, else {@code null}. */
    public static String localOrNull(String link) {
        return isLocal(link) ? link : null;
    }
}
