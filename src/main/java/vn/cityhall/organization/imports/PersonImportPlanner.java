package vn.cityhall.organization.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.organization.People;
import vn.cityhall.organization.Person;
import vn.cityhall.organization.Position;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.organization.Unit;
import vn.cityhall.organization.Units;
import vn.cityhall.organization.web.OrganizationFormats;

/**
 * Checks every row of a people file against the formats, the other rows and the database, and
 * works out what each row would do. A person is identified by their login name: a new one creates
 * an account (with a generated initial password), a known one updates the person. Units must exist
 * and be active. Optional columns left out of the file keep the current values of existing people;
 * an empty cell clears the value. The administrator importing cannot deactivate themselves or drop
 * their own administrator role.
 */
@Component
@Transactional(readOnly = true)
class PersonImportPlanner {

    private final People people;
    private final Units units;

    PersonImportPlanner(People people, Units units) {
        this.people = people;
        this.units = units;
    }

    /** What to apply for one row. */
    record PersonChange(String username, Person.Profile profile, String unitCode, Set<Role> roles, boolean active) {
    }

    /** A person as stored, to compare with. */
    private record Current(String username, Person.Profile profile, String unitCode, Set<Role> roles, boolean active) {
    }

    ImportPlan plan(CsvTable table, StaffUser actor) {
        Map<Long, Unit> unitsById = new HashMap<>();
        Map<String, Unit> unitsByCode = new HashMap<>();
        for (Unit unit : units.findAll()) {
            unitsById.put(unit.id().value(), unit);
            unitsByCode.put(unit.code(), unit);
        }
        Map<Long, Set<Role>> roles = new HashMap<>();
        people.findAllRoleGrants().forEach(grant -> roles
                .computeIfAbsent(grant.getPersonId(), key -> EnumSet.noneOf(Role.class)).add(grant.getRole()));
        Map<String, Current> existing = new HashMap<>();
        Map<String, String> emailOwners = new HashMap<>();
        for (People.Listing person : people.findAllListings()) {
            existing.put(person.getUsername(), new Current(person.getUsername(),
                    new Person.Profile(person.getFullName(), person.getPosition(), person.getEmail(), person.getPhone(),
                            person.getZaloUserId()),
                    unitsById.get(person.getUnitId()).code(), roles.getOrDefault(person.getId(), Set.of()),
                    person.getActive()));
            if (person.getEmail() != null) {
                emailOwners.put(person.getEmail(), person.getUsername());
            }
        }
        Map<String, Integer> usernameRows = new HashMap<>();
        Map<String, Integer> emailRows = new HashMap<>();
        List<PlannedRow> planned = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            List<RowProblem> rowProblems = new ArrayList<>();
            PlannedRow result = planRow(table, row, actor, unitsByCode, existing, emailOwners, usernameRows, emailRows,
                    rowProblems);
            if (rowProblems.isEmpty()) {
                planned.add(result);
            }
            problems.addAll(rowProblems);
        }
        problems.sort(Comparator.comparingInt(RowProblem::row));
        return new ImportPlan(ImportKind.PEOPLE, planned, problems, table.rows().size());
    }

    private PlannedRow planRow(CsvTable table, CsvTable.Row row, StaffUser actor, Map<String, Unit> unitsByCode,
            Map<String, Current> existing, Map<String, String> emailOwners, Map<String, Integer> usernameRows,
            Map<String, Integer> emailRows, List<RowProblem> problems) {
        String username = OrganizationFormats.lower(row.get("username"));
        if (username == null) {
            problems.add(RowProblem.of(row, "username", "organization.import.required"));
        } else if (!OrganizationFormats.isUsername(username)) {
            problems.add(RowProblem.of(row, "username", "organization.import.people.usernameFormat", username));
        } else if (usernameRows.containsKey(username)) {
            problems.add(RowProblem.of(row, "username", "organization.import.duplicate", username,
                    usernameRows.get(username)));
        } else {
            usernameRows.put(username, row.number());
        }
        Current current = username == null ? null : existing.get(username);
        String fullName = UnitImportPlanner.text(row, "full_name", OrganizationFormats.NAME_MAX, problems);
        Position position = UnitImportPlanner.enumValue(row, "position", Position.class, problems);
        String unitCode = row.get("unit_code");
        if (unitCode == null) {
            problems.add(RowProblem.of(row, "unit_code", "organization.import.required"));
        } else if (!unitsByCode.containsKey(unitCode)) {
            problems.add(RowProblem.of(row, "unit_code", "organization.import.people.unknownUnit", unitCode));
        } else if (!unitsByCode.get(unitCode).isActive()) {
            problems.add(RowProblem.of(row, "unit_code", "organization.import.people.inactiveUnit", unitCode));
        }
        String email = optional(table, row, "email", current == null ? null : current.profile().email());
        email = OrganizationFormats.lower(email);
        if (email != null && !OrganizationFormats.isEmail(email)) {
            problems.add(RowProblem.of(row, "email", "organization.import.people.email", email));
        } else if (email != null && emailRows.containsKey(email)) {
            problems.add(RowProblem.of(row, "email", "organization.import.duplicate", email, emailRows.get(email)));
        } else if (email != null && emailOwners.containsKey(email) && !emailOwners.get(email).equals(username)) {
            problems.add(RowProblem.of(row, "email", "organization.import.people.emailTaken", email,
                    emailOwners.get(email)));
        }
        if (email != null) {
            emailRows.putIfAbsent(email, row.number());
        }
        String phone = OrganizationFormats.normalizePhone(optional(table, row, "phone",
                current == null ? null : current.profile().phone()));
        if (phone != null && !OrganizationFormats.isPhone(phone)) {
            problems.add(RowProblem.of(row, "phone", "organization.import.people.phone", row.get("phone")));
        }
        String zalo = optional(table, row, "zalo_user_id", current == null ? null : current.profile().zaloUserId());
        if (zalo != null && zalo.length() > OrganizationFormats.ZALO_ID_MAX) {
            problems.add(RowProblem.of(row, "zalo_user_id", "organization.import.tooLong", OrganizationFormats.ZALO_ID_MAX));
        }
        Set<Role> roles = roles(table, row, current, problems);
        boolean active = current == null || current.active();
        if (row.get("active") != null) {
            Boolean flag = ImportValues.flag(row.get("active")).orElse(null);
            if (flag == null) {
                problems.add(RowProblem.of(row, "active", "organization.import.people.active", row.get("active")));
            } else {
                active = flag;
            }
        }
        if (actor != null && actor.username().equals(username)) {
            if (!active) {
                problems.add(RowProblem.of(row, "active", "organization.import.people.selfDeactivate"));
            }
            if (roles != null && !roles.contains(Role.SYSTEM_ADMIN)) {
                problems.add(RowProblem.of(row, "roles", "organization.import.people.selfAdminRole"));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        PersonChange change = new PersonChange(username, new Person.Profile(fullName, position, email, phone, zalo),
                unitCode, roles, active);
        if (current == null) {
            return new PlannedRow(row.number(), ImportAction.CREATE, username, fullName, List.of(), change);
        }
        List<String> changes = changes(current, change);
        return new PlannedRow(row.number(), changes.isEmpty() ? ImportAction.UNCHANGED : ImportAction.UPDATE,
                username, fullName, changes, change);
    }

    /** The cell's value; when the file has no such column, the current value (null for a new person). */
    private static String optional(CsvTable table, CsvTable.Row row, String column, String keep) {
        return table.has(column) ? row.get(column) : keep;
    }

    private static Set<Role> roles(CsvTable table, CsvTable.Row row, Current current, List<RowProblem> problems) {
        if (!table.has("roles")) {
            return current == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(nonEmpty(current.roles()));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String value = row.get("roles");
        if (value == null) {
            return roles;
        }
        for (String code : value.split("[|,;\\s]+")) {
            if (code.isBlank()) {
                continue;
            }
            Role role = ImportValues.constant(Role.class, code).orElse(null);
            if (role == null) {
                problems.add(RowProblem.of(row, "roles", "organization.import.unknownValue", code,
                        String.join(", ", EnumSet.allOf(Role.class).stream().map(Enum::name).toList())));
                return null;
            }
            roles.add(role);
        }
        return roles;
    }

    private static Set<Role> nonEmpty(Set<Role> roles) {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles;
    }

    private static List<String> changes(Current current, PersonChange change) {
        List<String> changes = new ArrayList<>();
        Person.Profile before = current.profile();
        Person.Profile after = change.profile();
        if (!Objects.equals(before.fullName(), after.fullName())) {
            changes.add("full_name");
        }
        if (!change.unitCode().equals(current.unitCode())) {
            changes.add("unit_code");
        }
        if (before.position() != after.position()) {
            changes.add("position");
        }
        if (!Objects.equals(before.email(), after.email())) {
            changes.add("email");
        }
        if (!Objects.equals(before.phone(), after.phone())) {
            changes.add("phone");
        }
        if (!Objects.equals(before.zaloUserId(), after.zaloUserId())) {
            changes.add("zalo_user_id");
        }
        if (!current.roles().equals(change.roles())) {
            changes.add("roles");
        }
        if (current.active() != change.active()) {
            changes.add("active");
        }
        return changes;
    }
}
