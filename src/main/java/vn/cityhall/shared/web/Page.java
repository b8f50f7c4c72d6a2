package vn.cityhall.shared.web;

import java.util.List;

import vn.cityhall.shared.StaffIdentity;

/**
 * Everything the page shell needs for one request: messages, the signed-in user, navigation,
 * the CSRF token and the current path. Every page template takes it as {@code page}.
 *
 * @param viewer the signed-in staff member, or {@code null} on public pages
 * @param csrf the CSRF token, or {@code null} where none applies
 */
public record Page(Localizer i18n, StaffIdentity viewer, List<NavItem> navigation, Csrf csrf, String path,
        String query) {

    /** The CSRF token and the names under which it is sent. */
    public record Csrf(String parameterName, String headerName, String token) {

        /** The value of an {@code hx-headers} attribute that sends the token with htmx requests. */
        public String htmxHeaders() {
            return "{\"" + headerName + "\": \"" + token + "\"}";
        }
    }

    /** Shorthand for templates: {@code ${page.t("key")}}. */
    public String t(String key, Object... args) {
        return i18n.t(key, args);
    }

    public boolean signedIn() {
        return viewer != null;
    }

    public boolean hasRole(String role) {
        return viewer != null && viewer.hasRole(role);
    }

    /** The current URL with {@code lang} set, for the language switch. */
    public String withLanguage(String language) {
        StringBuilder url = new StringBuilder(path).append("?lang=").append(language);
        if (query != null && !query.isBlank()) {
            for (String part : query.split("&")) {
                if (!part.startsWith("lang=")) {
                    url.append('&').append(part);
                }
            }
        }
        return url.toString();
    }
}
