package vn.cityhall.tasks.web;

import java.time.LocalDate;
import java.time.DateTimeException;

import vn.cityhall.shared.Texts;

/** Reads the typed values of a form, recording a clear message for each wrong one. */
final class ActionInput {

    private ActionInput() {
    }

    /** A whole number in a range, or {@code null} (with an error) when missing or malformed. */
    static Integer number(String raw, String field, int min, int max, ActionErrors errors) {
        String value = Texts.cleanOrNull(raw);
        if (value == null) {
            errors.field(field, "tasks.form." + field + ".required");
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.endsWith("%") ? value.substring(0, value.length() - 1).strip() : value);
            if (parsed < min || parsed > max) {
                errors.field(field, "tasks.form." + field + ".range", min, max);
                return null;
            }
            return parsed;
        } catch (NumberFormatException e) {
            errors.field(field, "tasks.form." + field + ".range", min, max);
            return null;
        }
    }

    /** Cleaned text (NFC, trimmed, blank as {@code null}) of at most {@code max} characters. */
    static String text(String raw, String field, int max, ActionErrors errors) {
        String value = Texts.cleanOrNull(raw);
        if (value != null && value.length() > max) {
            errors.field(field, "tasks.form.tooLong", max);
        }
        return value;
    }

    /** A required date from an {@code <input type="date">} (yyyy-MM-dd) or typed as dd/MM/yyyy. */
    static LocalDate date(String raw, String field, ActionErrors errors) {
        String value = Texts.cleanOrNull(raw);
        if (value == null) {
            errors.field(field, "tasks.form.date.required");
            return null;
        }
        try {
            if (value.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                String[] parts = value.split("/");
                return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
            }
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            errors.field(field, "tasks.form.date.invalid", value);
            return null;
        }
    }

    /** An id chosen in a list; {@code null} when none was chosen (an error only if required). */
    static Long id(String raw, String field, boolean required, ActionErrors errors) {
        String value = Texts.cleanOrNull(raw);
        if (value == null) {
            if (required) {
                errors.field(field, "tasks.form." + field + ".required");
            }
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            errors.field(field, "tasks.form." + field + ".required");
            return null;
        }
    }
}
