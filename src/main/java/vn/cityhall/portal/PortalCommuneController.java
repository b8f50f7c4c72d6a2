package vn.cityhall.portal;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.cityhall.feedback.figures.CommuneSuggestions;

/**
 * {@code /portal/communes/near?lat=..&lng=..}: the commune the feedback form suggests for a map pin, as
 * {@code {"id", "code", "name"}}; 204 when there is no suggestion (the citizen picks from the list),
 * 400 with a message for coordinates that are not numbers.
 */
@Controller
class PortalCommuneController {

    private final CommuneSuggestions suggestions;
    private final MessageSource messages;

    PortalCommuneController(CommuneSuggestions suggestions, MessageSource messages) {
        this.suggestions = suggestions;
        this.messages = messages;
    }

    /** A suggested commune. */
    record Suggestion(long id, String code, String name) {
    }

    @GetMapping("/portal/communes/near")
    ResponseEntity<?> near(@RequestParam(required = false) String lat, @RequestParam(required = false) String lng,
            Locale locale) {
        Double latitude = PortalForm.coordinate(lat);
        Double longitude = PortalForm.coordinate(lng);
        if (latitude == null || longitude == null || !Double.isFinite(latitude) || !Double.isFinite(longitude)
                || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            return ResponseEntity.badRequest().body(Map.of("message",
                    messages.getMessage("portal.map.error.coordinates", null, locale)));
        }
        return suggestions.near(latitude, longitude)
                .<ResponseEntity<?>>map(unit -> ResponseEntity.ok(new Suggestion(unit.id().value(), unit.code(), unit.name())))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }
}
