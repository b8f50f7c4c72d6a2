package vn.cityhall.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The unit tree and the people in it as read from the database: what the generators pick from. */
final class Org {

    /** One active unit with its children (ids) and the people working in it. */
    static final class Unit {
        final long id;
        final String code;
        final String type;
        final Long parentId;
        final String name;
        final List<Unit> children = new ArrayList<>();
        final List<Person> people = new ArrayList<>();

        Unit(long id, String code, String type, Long parentId, String name) {
            this.id = id;
            this.code = code;
            this.type = type;
            this.parentId = parentId;
            this.name = name;
        }

        boolean is(String unitType) {
            return type.equals(unitType);
        }

        List<Person> leaders() {
            return people.stream().filter(p -> p.leader).toList();
        }
    }

    /** A person: leader (LEADER role), clerk (CLERK role) or officer. */
    record Person(long id, String username, long unitId, String position, boolean leader, boolean clerk) {

        /** Heads of a unit (chủ tịch, giám đốc, trưởng phòng...) hold fewer tasks than their deputies. */
        boolean head() {
            return leader && !position.startsWith("PHO_");
        }
    }

    final Map<Long, Unit> units = new LinkedHashMap<>();
    final Map<String, Unit> byCode = new LinkedHashMap<>();
    final Map<String, Person> byUsername = new LinkedHashMap<>();

    static Org load(Connection db) throws SQLException {
        Org org = new Org();
        try (Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery(
                    "select id, code, type, parent_id, name from organization_unit where active order by sort_order, code")) {
                while (rs.next()) {
                    long parent = rs.getLong(4);
                    Unit unit = new Unit(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.wasNull() ? null : parent, rs.getString(5));
                    org.units.put(unit.id, unit);
                    org.byCode.put(unit.code, unit);
                }
            }
            for (Unit unit : org.units.values()) {
                if (unit.parentId != null && org.units.containsKey(unit.parentId)) {
                    org.units.get(unit.parentId).children.add(unit);
                }
            }
            try (ResultSet rs = st.executeQuery("""
                    select p.id, p.username, p.unit_id, p.position,
                           exists (select 1 from organization_person_role r where r.person_id = p.id and r.role = 'LEADER'),
                           exists (select 1 from organization_person_role r where r.person_id = p.id and r.role = 'CLERK')
                    from organization_person p where p.active order by p.id""")) {
                while (rs.next()) {
                    Person person = new Person(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getBoolean(5), rs.getBoolean(6));
                    Unit unit = org.units.get(person.unitId());
                    if (unit != null) {
                        unit.people.add(person);
                        org.byUsername.put(person.username(), person);
                    }
                }
            }
        }
        return org;
    }

    Unit parent(Unit unit) {
        return unit.parentId == null ? null : units.get(unit.parentId);
    }

    /** The city, a department or a commune: the unit itself or the ancestor right below the city. */
    Unit top(Unit unit) {
        Unit current = unit;
        while (current.is("DIVISION")) {
            current = parent(current);
        }
        return current;
    }

    int peopleCount() {
        return byUsername.size();
    }
}
