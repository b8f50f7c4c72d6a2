package vn.cityhall.calendar.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.cityhall.shared.Texts;

/**
 * The administrator's form for an override, as typed. The date is checked further by the
 * controller (a real date, within the supported years, not yet overridden).
 *
 * @param year the year shown when the form was sent
 */
record OverrideForm(
        @NotBlank(message = "{calendar.override.date.required}") String date,
        @NotBlank(message = "{calendar.override.kind.required}") String kind,
        @Size(max = 255, message = "{calendar.override.note.tooLong}") String note,
        String year) {

    OverrideForm {
        date = Texts.clean(date);
        kind = Texts.clean(kind);
        note = Texts.clean(note);
    }
}
