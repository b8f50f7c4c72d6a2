package vn.cityhall.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Localized validation errors for a form, by field, ready for a template. Built from a
 * {@link BindingResult} whose codes and default messages come from the message bundles.
 */
public record FormErrors(Map<String, List<String>> fields, List<String> global) {

    public static final FormErrors NONE = new FormErrors(Map.of(), List.of());

    public static FormErrors of(BindingResult result, MessageSource messages, Locale locale) {
        return of(result, new Localizer(messages, locale));
    }

    public static FormErrors of(BindingResult result, Localizer i18n) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<String> global = new ArrayList<>();
        for (ObjectError error : result.getAllErrors()) {
            String message = i18n.t(error);
            if (error instanceof FieldError fieldError) {
                fields.computeIfAbsent(fieldError.getField(), key -> new ArrayList<>()).add(message);
            } else {
                global.add(message);
            }
        }
        return new FormErrors(fields, global);
    }

    public boolean any() {
        return !fields.isEmpty() || !global.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** All messages for a field joined for display; empty when the field is valid. */
    public String of(String field) {
        return String.join(" ", fields.getOrDefault(field, List.of()));
    }
}
