package vn.cityhall.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.cityhall.feedback.FeedbackInvalid;
import vn.cityhall.shared.web.FormErrors;
import vn.cityhall.shared.web.Localizer;

/** Feedback errors as form errors in the page's language. */
final class PortalErrors {

    private PortalErrors() {
    }

    static FormErrors of(FeedbackInvalid invalid, Localizer i18n) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<String> global = new ArrayList<>();
        for (FeedbackInvalid.FieldError error : invalid.errors()) {
            String message = i18n.t(error.messageKey(), error.arguments());
            if (error.field() == null) {
                global.add(message);
            } else {
                fields.computeIfAbsent(error.field(), key -> new ArrayList<>()).add(message);
            }
        }
        return new FormErrors(fields, global);
    }

    static FormErrors field(String field, String message) {
        return new FormErrors(Map.of(field, List.of(message)), List.of());
    }
}
