package vn.cityhall.knowledge.web;

import java.net.URI;
import java.net.URISyntaxException;

/** Checks the links staff give to official sources: absolute {@code http} or {@code https} addresses. */
final class WebAddresses {

    private WebAddresses() {
    }

    /** Whether the text is an {@code http(s)://host/…} address without spaces or user information. */
    static boolean isWebAddress(String text) {
        if (text == null || text.isEmpty() || text.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank() && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
