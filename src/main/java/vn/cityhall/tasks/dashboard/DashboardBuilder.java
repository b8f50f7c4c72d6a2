package vn.cityhall.tasks.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.cityhall.organization.AccessPolicy;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.PersonId;
import vn.cityhall.organization.PersonView;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.organization.UnitTree;
import vn.cityhall.tasks.TaskDeadlines;
import vn.cityhall.tasks.tally.TallyCounts;
import vn.cityhall.tasks.tally.TallyReader;

/**
 * Builds a leader's dashboard from the counters: one query for the units of the subtree by month,
 * one for the people of the shown unit; the roll-up follows the unit tree in memory. Only leaders see
 * it, and only for units in their subtree ({@link AccessPolicy#visibleUnits}).
 */
@Component
public class DashboardBuilder {

    private final AccessPolicy policy;
    private final OrganizationDirectory directory;
    private final TallyReader reader;
    private final TaskDeadlines deadlines;
    private final Clock clock;

    DashboardBuilder(AccessPolicy policy, OrganizationDirectory directory, TallyReader reader,
            TaskDeadlines deadlines, Clock clock) {
        this.policy = policy;
        this.directory = directory;
        this.reader = reader;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public static boolean mayView(StaffUser user) {
        return user != null && user.isEnabled() && user.is(Role.LEADER);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(deadlines.zone()));
    }

    public Dashboard build(StaffUser user, Long unitId, DashboardPeriod period, DashboardSort sort) {
        if (!mayView(user)) {
            throw new AccessDeniedException("Only leaders see the dashboard");
        }
        UnitId base = unitId == null ? user.unit() : UnitId.of(unitId);
        Set<UnitId> visible = policy.visibleUnits(user);
        UnitTree tree = directory.units();
        if (!visible.contains(base) || tree.find(base).isEmpty()) {
            throw new AccessDeniedException("Unit " + base + " is outside the leader's subtree");
        }
        Set<UnitId> covered = tree.subtree(base).stream().filter(visible::contains).collect(Collectors.toSet());
        // The whole tree (the city's leaders): no unit list in the queries.
        List<Long> units = covered.size() == tree.size() ? null : covered.stream().map(UnitId::value).toList();
        Map<Long, TallyCounts> byUnit = reader.units(units, period.from(), period.to());

        List<DashboardRow> lines = new ArrayList<>();
        for (UnitNode child : tree.children(base)) {
            if (!covered.contains(child.id())) {
                continue;
            }
            TallyCounts counts = sum(byUnit, tree.subtree(child.id()));
            if (child.active() || !counts.isEmpty()) {
                lines.add(new DashboardRow(DashboardRow.Kind.UNIT, child.name(), child.type().messageKey(),
                        child.id().value(), null, !tree.children(child.id()).isEmpty(), counts));
            }
        }
        sorted(lines, sort);
        TallyCounts itself = byUnit.getOrDefault(base.value(), TallyCounts.ZERO);
        UnitNode node = tree.get(base);
        lines.add(0, new DashboardRow(DashboardRow.Kind.UNIT_ITSELF, node.name(), null, base.value(), null, false,
                itself));
        return new Dashboard(node, path(tree, base, user.unit(), visible), period, sum(byUnit, covered), lines,
                people(base, itself, period, sort), trend(reader.months(units, period.from(), period.to()), period),
                clock.instant());
    }

    private List<DashboardRow> people(UnitId unit, TallyCounts unitItself, DashboardPeriod period, DashboardSort sort) {
        List<DashboardRow> rows = new ArrayList<>();
        TallyCounts named = TallyCounts.ZERO;
        for (Map.Entry<Long, TallyCounts> entry : reader.people(unit.value(), period.from(), period.to()).entrySet()) {
            PersonView person = directory.person(PersonId.of(entry.getKey())).orElse(null);
            rows.add(new DashboardRow(DashboardRow.Kind.PERSON, person == null ? "#" + entry.getKey() : person.fullName(),
                    person == null ? null : person.position().messageKey(), unit.value(), entry.getKey(), false,
                    entry.getValue()));
            named = named.plus(entry.getValue());
        }
        rows.sort(Comparator.comparing(DashboardRow::label, String.CASE_INSENSITIVE_ORDER));
        sorted(rows, sort);
        TallyCounts nobody = unitItself.minus(named);
        if (!nobody.isEmpty()) {
            rows.add(new DashboardRow(DashboardRow.Kind.NO_PERSON, null, null, unit.value(), null, false, nobody));
        }
        return rows;
    }

    private static List<Dashboard.Month> trend(Map<YearMonth, TallyCounts> byMonth, DashboardPeriod period) {
        List<Dashboard.Month> months = new ArrayList<>();
        for (YearMonth month : period.months()) {
            months.add(new Dashboard.Month(month, byMonth.getOrDefault(month, TallyCounts.ZERO)));
        }
        return months;
    }

    private static TallyCounts sum(Map<Long, TallyCounts> byUnit, Set<UnitId> units) {
        TallyCounts total = TallyCounts.ZERO;
        for (UnitId unit : units) {
            total = total.plus(byUnit.getOrDefault(unit.value(), TallyCounts.ZERO));
        }
        return total;
    }

    /** The leader's own unit down to the parent of the shown unit. */
    private static List<UnitNode> path(UnitTree tree, UnitId base, UnitId own, Set<UnitId> visible) {
        if (base.equals(own)) {
            return List.of();
        }
        List<UnitNode> path = new ArrayList<>();
        for (UnitNode ancestor : tree.ancestors(base)) {
            if (visible.contains(ancestor.id())) {
                path.add(ancestor);
            }
        }
        return path;
    }

    private static void sorted(List<DashboardRow> rows, DashboardSort sort) {
        Comparator<DashboardRow> comparator = sort.comparator();
        if (comparator != null) {
            rows.sort(comparator);
        }
    }
}
