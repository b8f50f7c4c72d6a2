package vn.cityhall.organization.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import vn.cityhall.organization.UnitNode;

/**
 * One unit as the administration pages show it.
 *
 * @param path the names from the root down to the unit's parent
 * @param people active people of exactly this unit
 * @param children units directly below
 */
public record UnitRow(UnitNode unit, List<String> path, long people, int children) {

    /** Dates as Vietnamese administrations write them. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public long id() {
        return unit.id().value();
    }

    public String href() {
        return "/admin/units/" + unit.id().value();
    }

    public String pathText() {
        return String.join(" › ", path);
    }

    public boolean hasChildren() {
        return children > 0;
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
