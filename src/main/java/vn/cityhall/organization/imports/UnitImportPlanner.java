package vn.cityhall.organization.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.organization.Unit;
import vn.cityhall.organization.UnitType;
import vn.cityhall.organization.Units;
import vn.cityhall.organization.web.OrganizationFormats;

/**
 * Checks every row of a units file against the formats, the other rows and the database, and works
 * out what each row would do. A unit is identified by its code: a new code creates a unit, a known
 * one updates it (its type cannot change). A parent must exist in the database or on an earlier
 * row; the type must fit the parent's type; and no unit may end up below itself. Optional columns
 * left out of the file keep the current values of existing units.
 */
@Component
@Transactional(readOnly = true)
class UnitImportPlanner {

    private final Units units;

    UnitImportPlanner(Units units) {
        this.units = units;
    }

    /** What to apply for one row. */
    record UnitChange(String code, UnitType type, String parentCode, Unit.UnitDetails details,
            boolean detailsChanged, boolean parentChanged) {
    }

    /** What the planner needs to know of a unit, from the database or from an earlier row. */
    private record Known(UnitType type, String parentCode, boolean active) {
    }

    ImportPlan plan(CsvTable table) {
        Map<String, Unit> existing = new HashMap<>();
        Map<String, String> parentOf = new HashMap<>();
        for (Unit unit : units.findAll()) {
            existing.put(unit.code(), unit);
        }
        existing.values().forEach(unit -> parentOf.put(unit.code(), unit.parent() == null ? null : unit.parent().code()));
        Map<String, Known> known = new HashMap<>();
        existing.values().forEach(unit -> known.put(unit.code(), new Known(unit.type(), parentOf.get(unit.code()),
                unit.isActive())));
        Map<String, Integer> firstRow = new HashMap<>();
        List<PlannedRow> planned = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            List<RowProblem> rowProblems = new ArrayList<>();
            PlannedRow result = planRow(table, row, existing, known, firstRow, rowProblems);
            if (rowProblems.isEmpty() && result != null) {
                planned.add(result);
                UnitChange change = (UnitChange) result.change();
                parentOf.put(change.code(), change.parentCode());
            }
            problems.addAll(rowProblems);
        }
        for (PlannedRow row : planned) {
            UnitChange change = (UnitChange) row.change();
            if (change.parentChanged() && createsCycle(change.code(), parentOf)) {
                problems.add(new RowProblem(row.row(), "parent_code", "organization.import.units.cycle",
                        List.of(change.code(), change.parentCode())));
            }
        }
        problems.sort(Comparator.comparingInt(RowProblem::row));
        return new ImportPlan(ImportKind.UNITS, planned, problems, table.rows().size());
    }

    private PlannedRow planRow(CsvTable table, CsvTable.Row row, Map<String, Unit> existing, Map<String, Known> known,
            Map<String, Integer> firstRow, List<RowProblem> problems) {
        String code = row.get("code");
        if (code == null) {
            problems.add(RowProblem.of(row, "code", "organization.import.required"));
        } else if (!OrganizationFormats.isUnitCode(code)) {
            problems.add(RowProblem.of(row, "code", "organization.import.units.codeFormat", code));
        } else if (firstRow.containsKey(code)) {
            problems.add(RowProblem.of(row, "code", "organization.import.duplicate", code, firstRow.get(code)));
        }
        if (code != null && !firstRow.containsKey(code)) {
            firstRow.put(code, row.number());
        }
        UnitType type = enumValue(row, "type", UnitType.class, problems);
        String name = text(row, "name", OrganizationFormats.NAME_MAX, problems);
        String fullName = text(row, "full_name", OrganizationFormats.NAME_MAX, problems);
        String shortName = text(row, "short_name", OrganizationFormats.SHORT_NAME_MAX, problems);
        Unit current = code == null ? null : existing.get(code);
        LocalDate validFrom = date(table, row, "valid_from", current == null ? null : current.validFrom(), problems);
        LocalDate validTo = date(table, row, "valid_to", current == null ? null : current.validTo(), problems);
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            problems.add(RowProblem.of(row, "valid_to", "organization.import.units.endBeforeStart"));
        }
        Integer order = current == null ? Integer.valueOf(0) : Integer.valueOf(current.sortOrder());
        if (row.get("sort_order") != null) {
            order = ImportValues.order(row.get("sort_order")).orElse(null);
            if (order == null) {
                problems.add(RowProblem.of(row, "sort_order", "organization.import.units.order", row.get("sort_order")));
            }
        }
        String parentCode = row.get("parent_code");
        Known parent = parentCode == null ? null : known.get(parentCode);
        if (parentCode != null && parent == null) {
            problems.add(RowProblem.of(row, "parent_code", "organization.import.units.unknownParent", parentCode));
        } else if (parent != null && !parent.active()) {
            problems.add(RowProblem.of(row, "parent_code", "organization.import.units.inactiveParent", parentCode));
        } else if (type != null && !type.mayBeChildOf(parent == null ? null : parent.type())) {
            problems.add(parent == null
                    ? RowProblem.of(row, "parent_code", "organization.import.units.needsParent", type)
                    : RowProblem.of(row, "type", "organization.import.units.typeParent", type, parent.type()));
        }
        if (current != null && type != null && current.type() != type) {
            problems.add(RowProblem.of(row, "type", "organization.import.units.typeChange", current.type(), type));
        }
        if (current != null && !current.isActive() && validTo == null) {
            problems.add(RowProblem.of(row, "valid_to", "organization.import.units.inactiveNeedsEnd"));
        }
        if (code != null && type != null && !known.containsKey(code)) {
            known.put(code, new Known(type, parentCode, true));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        Unit.UnitDetails details = new Unit.UnitDetails(code, name, fullName, shortName, validFrom, validTo, order);
        if (current == null) {
            return new PlannedRow(row.number(), ImportAction.CREATE, code, name, List.of(),
                    new UnitChange(code, type, parentCode, details, true, false));
        }
        List<String> changes = changes(current, details, parentCode);
        boolean parentChanged = changes.contains("parent_code");
        boolean detailsChanged = changes.size() > (parentChanged ? 1 : 0);
        return new PlannedRow(row.number(), changes.isEmpty() ? ImportAction.UNCHANGED : ImportAction.UPDATE, code,
                name, changes, new UnitChange(code, type, parentCode, details, detailsChanged, parentChanged));
    }

    private static List<String> changes(Unit current, Unit.UnitDetails details, String parentCode) {
        List<String> changes = new ArrayList<>();
        String currentParent = current.parent() == null ? null : current.parent().code();
        if (!Objects.equals(currentParent, parentCode)) {
            changes.add("parent_code");
        }
        if (!current.name().equals(details.name())) {
            changes.add("name");
        }
        if (!current.fullName().equals(details.fullName())) {
            changes.add("full_name");
        }
        if (!current.shortName().equals(details.shortName())) {
            changes.add("short_name");
        }
        if (!Objects.equals(current.validFrom(), details.validFrom())) {
            changes.add("valid_from");
        }
        if (!Objects.equals(current.validTo(), details.validTo())) {
            changes.add("valid_to");
        }
        if (current.sortOrder() != details.sortOrder()) {
            changes.add("sort_order");
        }
        return changes;
    }

    /** Whether following parents up from the unit's (planned) parent comes back to the unit. */
    private static boolean createsCycle(String code, Map<String, String> parentOf) {
        Set<String> visited = new HashSet<>();
        String current = parentOf.get(code);
        while (current != null && visited.add(current)) {
            if (current.equals(code)) {
                return true;
            }
            current = parentOf.get(current);
        }
        return current != null;
    }

    static String text(CsvTable.Row row, String column, int max, List<RowProblem> problems) {
        String value = row.get(column);
        if (value == null) {
            problems.add(RowProblem.of(row, column, "organization.import.required"));
        } else if (value.length() > max) {
            problems.add(RowProblem.of(row, column, "organization.import.tooLong", max));
        }
        return value;
    }

    static <E extends Enum<E>> E enumValue(CsvTable.Row row, String column, Class<E> type, List<RowProblem> problems) {
        String value = row.get(column);
        if (value == null) {
            problems.add(RowProblem.of(row, column, "organization.import.required"));
            return null;
        }
        E constant = ImportValues.constant(type, value).orElse(null);
        if (constant == null) {
            problems.add(RowProblem.of(row, column, "organization.import.unknownValue", value,
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
        }
        return constant;
    }

    private static LocalDate date(CsvTable table, CsvTable.Row row, String column, LocalDate keep,
            List<RowProblem> problems) {
        if (!table.has(column)) {
            return keep;
        }
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        LocalDate date = ImportValues.date(value).orElse(null);
        if (date == null) {
            problems.add(RowProblem.of(row, column, "organization.import.date", value));
        }
        return date;
    }
}
