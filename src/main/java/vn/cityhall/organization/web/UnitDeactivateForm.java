package vn.cityhall.organization.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.validation.Errors;

/** When a unit's validity ends (ISO date as a date input sends it). */
public record UnitDeactivateForm(String endDate) {

    /** The end date, or {@code null} after recording why it is missing or invalid. */
    LocalDate check(Errors errors) {
        if (endDate == null) {
            errors.rejectValue("endDate", "organization.unit.deactivate.endDate.required");
            return null;
        }
        try {
            return LocalDate.parse(endDate);
        } catch (DateTimeParseException e) {
            errors.rejectValue("endDate", "organization.unit.date.invalid");
            return null;
        }
    }
}
