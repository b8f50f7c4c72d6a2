package vn.cityhall.organization.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import vn.cityhall.organization.Unit;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.organization.UnitType;

/**
 * The add and edit form of a unit. {@code type} and {@code parentCode} are used only when adding;
 * a unit changes parent through the move form. Type, dates and order are bound as text and parsed
 * by {@link #check(Errors, boolean)}, so that a wrong value becomes a clear field error instead of
 * a failed binding.
 *
 * @param validFrom ISO date ({@code yyyy-MM-dd}, as a date input sends it), may be empty
 * @param validTo ISO date, may be empty
 */
public record UnitForm(
        String type,
        String parentCode,
        @NotBlank(message = "{organization.unit.code.required}")
        @Size(max = OrganizationFormats.UNIT_CODE_MAX, message = "{organization.unit.code.size}")
        @Pattern(regexp = OrganizationFormats.UNIT_CODE, message = "{organization.unit.code.pattern}")
        String code,
        @NotBlank(message = "{organization.unit.name.required}")
        @Size(max = OrganizationFormats.NAME_MAX, message = "{organization.unit.name.size}")
        String name,
        @NotBlank(message = "{organization.unit.fullName.required}")
        @Size(max = OrganizationFormats.NAME_MAX, message = "{organization.unit.fullName.size}")
        String fullName,
        @NotBlank(message = "{organization.unit.shortName.required}")
        @Size(max = OrganizationFormats.SHORT_NAME_MAX, message = "{organization.unit.shortName.size}")
        String shortName,
        String validFrom,
        String validTo,
        String sortOrder) {

    static UnitForm blank(UnitType type, String parentCode, LocalDate today) {
        return new UnitForm(type == null ? null : type.name(), parentCode, null, null, null, null, today.toString(),
                null, "0");
    }

    static UnitForm of(UnitNode unit) {
        return new UnitForm(unit.type().name(), null, unit.code(), unit.name(), unit.fullName(), unit.shortName(),
                unit.validFrom() == null ? null : unit.validFrom().toString(),
                unit.validTo() == null ? null : unit.validTo().toString(), Integer.toString(unit.sortOrder()));
    }

    /** Checks what bean validation cannot: the type (when adding), the dates and their order, the order number. */
    void check(Errors errors, boolean adding) {
        if (adding && unitType() == null) {
            errors.rejectValue("type", "organization.unit.type.required");
        }
        LocalDate from = date(validFrom, "validFrom", errors);
        LocalDate to = date(validTo, "validTo", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.rejectValue("validTo", "organization.unit.validTo.beforeFrom");
        }
        if (sortOrder == null) {
            errors.rejectValue("sortOrder", "organization.unit.sortOrder.required");
        } else if (order() == null) {
            errors.rejectValue("sortOrder", "organization.unit.sortOrder.invalid");
        }
    }

    UnitType unitType() {
        for (UnitType candidate : UnitType.values()) {
            if (candidate.name().equals(type)) {
                return candidate;
            }
        }
        return null;
    }

    /** The details to save; call only after {@link #check} found no error. */
    Unit.UnitDetails details() {
        return new Unit.UnitDetails(code, name, fullName, shortName, parse(validFrom), parse(validTo), order());
    }

    LocalDate validToDate() {
        return parse(validTo);
    }

    private Integer order() {
        try {
            int order = Integer.parseInt(sortOrder);
            return order >= 0 && order <= 1_000_000 ? order : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String text, String field, Errors errors) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "organization.unit.date.invalid");
            return null;
        }
    }

    private static LocalDate parse(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
