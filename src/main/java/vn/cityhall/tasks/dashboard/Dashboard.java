package vn.cityhall.tasks.dashboard;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import vn.cityhall.organization.UnitNode;
import vn.cityhall.tasks.tally.TallyCounts;

/**
 * What a leader sees for one unit and period.
 *
 * @param unit the unit shown (the leader's own or one below)
 * @param path the units from the leader's own down to the shown unit's parent, for going back up
 * @param total the unit with everything below it
 * @param units a line per unit directly below (rolled up), and one for the unit itself
 * @param people a line per person of the unit holding tasks, and one for tasks held by nobody in particular
 * @param trend the total per month of the period
 * @param asOf when open tasks were last checked against their deadlines (at most a minute ago)
 */
public record Dashboard(UnitNode unit, List<UnitNode> path, DashboardPeriod period, TallyCounts total,
        List<DashboardRow> units, List<DashboardRow> people, List<Month> trend, Instant asOf) {

    /** The totals of one month. */
    public record Month(YearMonth month, TallyCounts counts) {
    }
}
