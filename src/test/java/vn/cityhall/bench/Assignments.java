package vn.cityhall.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Who a generated task is for and from: the responsible unit (any unit; about the same load for
 * every department and commune, a little for the city itself), the holder (the responsible unit or
 * one of its divisions, and a person there three times in four) and the assigner (a leader of the
 * parent unit; city leaders for departments and communes, the chairman himself only rarely).
 */
final class Assignments {

    /** Who: the place is a commune's name for titles like "… tại phường Hoàn Kiếm". */
    record Who(Org.Unit responsible, Org.Unit holder, Org.Person holderPerson, Org.Person assignedBy, String place) {
    }

    /** Share of the department and commune tasks that the chairman assigns in person. */
    private static final double CHAIRMAN_SHARE = 0.003;

    private final Org org;
    private final Weighted<Org.Unit> tops;
    private final Map<Long, Weighted<Org.Unit>> divisions = new HashMap<>();
    private final Map<Long, Weighted<Org.Person>> holders = new HashMap<>();
    private final Map<Long, List<Org.Person>> leaders = new HashMap<>();
    private final Org.Person chairman;
    private final List<Org.Person> cityDeputies;
    private final List<String> communes;

    Assignments(Org org, SplittableRandom random) {
        this.org = org;
        List<Org.Unit> topUnits = org.units.values().stream().filter(u -> !u.is("DIVISION")).toList();
        Map<Long, Double> load = new HashMap<>();
        for (Org.Unit unit : topUnits) {
            load.put(unit.id, switch (unit.code) {
                case "01" -> 0.4;
                case "01.VP" -> 1.5;
                case "01.SXD", "00070" -> 1.0;
                default -> 0.6 + 0.8 * random.nextDouble();
            });
        }
        this.tops = Weighted.of(topUnits, u -> load.get(u.id));
        for (Org.Unit unit : org.units.values()) {
            divisions.put(unit.id, Weighted.of(unit.children, Assignments::divisionLoad));
            holders.put(unit.id, Weighted.of(unit.people, Assignments::holdingLoad));
            leaders.put(unit.id, unit.leaders());
        }
        this.chairman = org.byUsername.get("chutich");
        Org.Unit city = org.byCode.get("01");
        this.cityDeputies = city.leaders().stream().filter(p -> p != chairman).toList();
        List<String> names = new ArrayList<>();
        for (Org.Unit unit : topUnits) {
            if (unit.is("COMMUNE")) {
                names.add(Character.toLowerCase(unit.name.charAt(0)) + unit.name.substring(1));
            }
        }
        this.communes = List.copyOf(names);
    }

    Who next(SplittableRandom random) {
        Org.Unit top = tops.pick(random);
        Weighted<Org.Unit> below = divisions.get(top.id);
        Org.Unit responsible = !below.isEmpty() && random.nextDouble() < 0.3 ? below.pick(random) : top;
        Weighted<Org.Unit> belowResponsible = divisions.get(responsible.id);
        Org.Unit holder = !belowResponsible.isEmpty() && random.nextDouble() < 0.6 ? belowResponsible.pick(random)
                : responsible;
        Org.Person person = random.nextDouble() < 0.75 ? holders.get(holder.id).pick(random) : null;
        String place = top.is("COMMUNE") ? Character.toLowerCase(top.name.charAt(0)) + top.name.substring(1)
                : communes.get(random.nextInt(communes.size()));
        return new Who(responsible, holder, person, assigner(responsible, random), place);
    }

    private Org.Person assigner(Org.Unit responsible, SplittableRandom random) {
        if (responsible.is("CITY")) {
            return random.nextDouble() < 0.4 || cityDeputies.isEmpty() ? chairman
                    : cityDeputies.get(random.nextInt(cityDeputies.size()));
        }
        Org.Unit parent = org.parent(responsible);
        if (parent.is("CITY")) {
            return random.nextDouble() < CHAIRMAN_SHARE || cityDeputies.isEmpty() ? chairman
                    : cityDeputies.get(random.nextInt(cityDeputies.size()));
        }
        List<Org.Person> candidates = leaders.get(parent.id);
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    /** Divisions for economy and urban affairs get the most work, the offices the least. */
    private static double divisionLoad(Org.Unit division) {
        if (division.name.contains("Kinh tế") || division.name.contains("Đô thị") || division.name.contains("xây dựng")) {
            return 1.5;
        }
        return division.name.startsWith("Văn phòng") ? 0.7 : 1.0;
    }

    /** Officers hold most tasks; deputies some, heads and clerks few. */
    private static double holdingLoad(Org.Person person) {
        if (person.username().equals("admin")) {
            return 0;
        }
        if (person.leader()) {
            return person.head() ? 0.3 : 0.6;
        }
        return person.clerk() ? 0.3 : 1.0;
    }
}
