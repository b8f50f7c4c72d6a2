package vn.cityhall.feedback.api;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links handed to API clients (the sender's tracking link, Open311 discovery): from
 * {@code cityhall.public-url} when set (the address citizens reach CityHall at, e.g.
 * {@code https://phananh.hanoi.gov.vn}), else from the request.
 */
@Component
class PublicLinks {

    private final String publicUrl;

    PublicLinks(@Value("${cityhall.public-url:}") String publicUrl) {
        String trimmed = publicUrl == null ? "" : publicUrl.strip();
        this.publicUrl = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** The base address, without a trailing slash. */
    String base(HttpServletRequest request) {
        return publicUrl.isEmpty() ? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() : publicUrl;
    }

    /** The sender's private link to the item, as the portal gives it. */
    String tracking(HttpServletRequest request, String code, String secret) {
        return base(request) + "/portal/feedback/" + code + "?t=" + secret;
    }
}
