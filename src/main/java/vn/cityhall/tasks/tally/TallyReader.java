package vn.cityhall.tasks.tally;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the counters for a period of months: per unit and month, and per person of one unit. */
@Component
public class TallyReader {

    private static final String SUMS = "sum(open_count) open_count, sum(overdue) overdue,"
            + " sum(done_on_time) done_on_time, sum(done_late) done_late, sum(cancelled) cancelled";

    private final NamedParameterJdbcTemplate jdbc;

    TallyReader(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * For each of the units (as holder, without the units below), its figures over the period;
     * {@code null} units means every unit.
     */
    public Map<Long, TallyCounts> units(Collection<Long> units, YearMonth from, YearMonth to) {
        Map<Long, TallyCounts> result = new HashMap<>();
        if (units != null && units.isEmpty()) {
            return result;
        }
        jdbc.query("select unit_id, " + SUMS + " from tasks_tally where person_id = 0 and period between :from and :to"
                + (units == null ? "" : " and unit_id in (:units)") + " group by unit_id",
                period(from, to).addValue("units", units),
                row -> {
                    result.put(row.getLong("unit_id"), counts(row));
                });
        return result;
    }

    /** The figures of the units together, per month of the period; {@code null} units means every unit. */
    public Map<YearMonth, TallyCounts> months(Collection<Long> units, YearMonth from, YearMonth to) {
        Map<YearMonth, TallyCounts> result = new TreeMap<>();
        if (units != null && units.isEmpty()) {
            return result;
        }
        jdbc.query("select period, " + SUMS + " from tasks_tally where person_id = 0 and period between :from and :to"
                + (units == null ? "" : " and unit_id in (:units)") + " group by period",
                period(from, to).addValue("units", units),
                row -> {
                    result.put(YearMonth.from(row.getObject("period", LocalDate.class)), counts(row));
                });
        return result;
    }

    /** The figures of each person holding tasks of the unit in the period. */
    public Map<Long, TallyCounts> people(long unit, YearMonth from, YearMonth to) {
        Map<Long, TallyCounts> result = new HashMap<>();
        List<Map.Entry<Long, TallyCounts>> rows = jdbc.query("select person_id, " + SUMS + " from tasks_tally"
                + " where unit_id = :unit and person_id <> 0 and period between :from and :to group by person_id",
                period(from, to).addValue("unit", unit), (row, n) -> Map.entry(row.getLong("person_id"), counts(row)));
        rows.forEach(row -> result.put(row.getKey(), row.getValue()));
        return result;
    }

    private static MapSqlParameterSource period(YearMonth from, YearMonth to) {
        return new MapSqlParameterSource().addValue("from", Date.valueOf(from.atDay(1)))
                .addValue("to", Date.valueOf(LocalDate.of(to.getYear(), to.getMonth(), 1)));
    }

    private static TallyCounts counts(ResultSet row) throws SQLException {
        return new TallyCounts(row.getLong("open_count"), row.getLong("overdue"), row.getLong("done_on_time"),
                row.getLong("done_late"), row.getLong("cancelled"));
    }
}
