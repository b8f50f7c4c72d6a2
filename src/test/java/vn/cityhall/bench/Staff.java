package vn.cityhall.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills the units with people up to a total (the demo accounts included): more in the city office,
 * the departments and their divisions than in a commune; every unit gets a head and deputies
 * (LEADER), offices a clerk (CLERK), everyone else is an officer (OFFICER). Usernames {@code u000123};
 * no password (they never sign in). Runs once: when {@code u…} people exist, nothing is added.
 */
final class Staff {

    private record Slot(String position, String role) {
    }

    private Staff() {
    }

    static int add(Connection db, int total, SplittableRandom random) throws SQLException {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from organization_person where username like 'u0%'")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return 0;
            }
        }
        Org org = Org.load(db);
        List<Org.Unit> units = new ArrayList<>(org.units.values());
        int[] quota = quotas(org, units, total - org.peopleCount());
        int number = 0;
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement person = db.prepareStatement("""
                insert into organization_person (username, full_name, unit_id, position, email, phone, active,
                    must_change_password, failed_logins, totp_enabled, created_at, version)
                values (?, ?, ?, ?, ?, ?, true, false, 0, false, ?, 0)""");
                PreparedStatement role = db.prepareStatement("""
                insert into organization_person_role (person_id, role)
                select id, ? from organization_person where username = ?""")) {
            for (int i = 0; i < units.size(); i++) {
                for (Slot slot : slots(org, units.get(i), quota[i])) {
                    String username = "u%06d".formatted(++number);
                    person.setString(1, username);
                    person.setString(2, VietNames.fullName(random));
                    person.setLong(3, units.get(i).id);
                    person.setString(4, slot.position());
                    person.setString(5, username + "@bench.cityhall.example");
                    person.setString(6, "09%08d".formatted(random.nextInt(100_000_000)));
                    person.setTimestamp(7, now);
                    person.addBatch();
                    role.setString(1, slot.role());
                    role.setString(2, username);
                    role.addBatch();
                }
            }
            person.executeBatch();
            role.executeBatch();
        }
        return number;
    }

    /** People to add per unit: a share of the total by the kind of unit, at least a head where none is. */
    private static int[] quotas(Org org, List<Org.Unit> units, int available) {
        double[] weight = new double[units.size()];
        double sum = 0;
        for (int i = 0; i < units.size(); i++) {
            weight[i] = weight(org, units.get(i));
            sum += weight[i];
        }
        int totalPeople = available + org.peopleCount();
        int[] quota = new int[units.size()];
        int used = 0;
        for (int i = 0; i < units.size(); i++) {
            Org.Unit unit = units.get(i);
            int target = (int) Math.round(weight[i] * totalPeople / sum);
            int minimum = unit.leaders().isEmpty() ? 1 : 0;
            quota[i] = Math.max(minimum, target - unit.people.size());
            used += quota[i];
        }
        // Rounding and the demo people may overshoot: take the excess from the largest quotas.
        while (used > available) {
            int largest = 0;
            for (int i = 1; i < quota.length; i++) {
                largest = quota[i] > quota[largest] ? i : largest;
            }
            quota[largest]--;
            used--;
        }
        // ...or leave a few over: give them to the departments' divisions, one each, in turn.
        for (int i = 0; used < available; i = (i + 1) % units.size()) {
            Org.Unit unit = units.get(i);
            if (unit.is("DIVISION") && org.top(unit).is("DEPARTMENT")) {
                quota[i]++;
                used++;
            }
        }
        return quota;
    }

    private static double weight(Org org, Org.Unit unit) {
        return switch (unit.type) {
            case "CITY" -> 5;
            case "DEPARTMENT" -> unit.code.equals("01.VP") ? 12 : 10;
            case "COMMUNE" -> unit.children.isEmpty() ? 12 : 6;
            default -> org.top(unit).is("COMMUNE") ? 5 : 14;
        };
    }

    /** Positions for the people added to a unit: head, deputies and clerk where missing, then officers. */
    private static List<Slot> slots(Org org, Org.Unit unit, int count) {
        String[] head = headPositions(unit);
        int deputies = switch (unit.type) {
            case "CITY" -> 4;
            case "DEPARTMENT" -> 3;
            case "COMMUNE" -> 2;
            default -> 1;
        };
        boolean wantsClerk = unit.is("DEPARTMENT") || (unit.is("COMMUNE") && unit.children.isEmpty())
                || (unit.is("DIVISION") && unit.name.startsWith("Văn phòng"));
        String officer = org.top(unit).is("COMMUNE") ? "CONG_CHUC" : "CHUYEN_VIEN";

        List<Slot> slots = new ArrayList<>();
        long leaders = unit.leaders().size();
        if (leaders == 0) {
            slots.add(new Slot(head[0], "LEADER"));
        }
        for (long i = Math.max(0, leaders - 1); i < deputies; i++) {
            slots.add(new Slot(head[1], "LEADER"));
        }
        if (wantsClerk && unit.people.stream().noneMatch(Org.Person::clerk)) {
            slots.add(new Slot("VAN_THU", "CLERK"));
        }
        while (slots.size() < count) {
            slots.add(new Slot(officer, "OFFICER"));
        }
        return slots.subList(0, Math.min(count, slots.size()));
    }

    private static String[] headPositions(Org.Unit unit) {
        if (unit.is("CITY") || unit.is("COMMUNE")) {
            return new String[] { "CHU_TICH", "PHO_CHU_TICH" };
        }
        if (unit.code.equals("01.VP") || unit.name.startsWith("Văn phòng")) {
            return new String[] { "CHANH_VAN_PHONG", "PHO_CHANH_VAN_PHONG" };
        }
        if (unit.code.equals("01.TTTP")) {
            return new String[] { "CHANH_THANH_TRA", "PHO_CHANH_THANH_TRA" };
        }
        if (unit.code.equals("01.BQLKCN")) {
            return new String[] { "TRUONG_BAN", "PHO_TRUONG_BAN" };
        }
        return unit.is("DEPARTMENT") ? new String[] { "GIAM_DOC", "PHO_GIAM_DOC" }
                : new String[] { "TRUONG_PHONG", "PHO_TRUONG_PHONG" };
    }
}
