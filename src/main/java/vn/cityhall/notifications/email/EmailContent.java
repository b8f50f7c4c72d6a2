package vn.cityhall.notifications.email;

import vn.cityhall.shared.web.Localizer;

/**
 * What the HTML template of a notification e-mail shows: the title in Vietnamese and English, the
 * absolute link, and the two languages' messages for the fixed texts.
 */
public record EmailContent(String title, String titleEnglish, String link, String preferencesLink, Localizer vi,
        Localizer en) {
}
