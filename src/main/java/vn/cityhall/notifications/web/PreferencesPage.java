package vn.cityhall.notifications.web;

import java.util.List;

/**
 * The preferences page: per kind, whether it reaches the viewer in the app and by e-mail.
 *
 * @param emailEnabled whether this installation sends e-mails at all
 * @param hasAddress whether the viewer has an e-mail address
 * @param errors messages for a form that could not be saved (nothing was changed)
 * @param flash the message after saving, or {@code null}
 */
public record PreferencesPage(List<KindRow> rows, boolean emailEnabled, boolean hasAddress, List<String> errors,
        String flash) {

    /** One kind with the viewer's choices; the values are what the check boxes send. */
    public record KindRow(String kind, String label, boolean inApp, boolean email) {

        public String inAppValue() {
            return kind + "|IN_APP";
        }

        public String emailValue() {
            return kind + "|EMAIL";
        }

        /** A stable element id for the row's check boxes. */
        public String idBase() {
            return "pref-" + kind.replaceAll("[^A-Za-z0-9_-]", "-");
        }
    }
}
