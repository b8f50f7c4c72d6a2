package vn.cityhall.feedback.figures;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.feedback.FeedbackCategories;
import vn.cityhall.feedback.FeedbackCategory;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;

/**
 * Counts feedback items for a {@link FigureFilter}: one grouped query per breakdown (month of receipt,
 * commune, category), each by status, so the database returns a few hundred rows at most whatever the
 * number of items. Months are those of the city's time zone: each month's first instant is a bound of
 * a {@code case}, which runs the same on H2 and PostgreSQL.
 */
@Component
@Transactional(readOnly = true)
public class FeedbackFigures {

    private static final String SUMS = "count(*) n, sum(case when on_time = true then 1 else 0 end) on_time,"
            + " count(on_time) timed, coalesce(sum(rating), 0) rating_sum, count(rating) rated";

    private final NamedParameterJdbcTemplate jdbc;
    private final OrganizationDirectory directory;
    private final FeedbackCategories categories;

    FeedbackFigures(NamedParameterJdbcTemplate jdbc, OrganizationDirectory directory, FeedbackCategories categories) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.categories = categories;
    }

    public Figures compute(FigureFilter filter) {
        List<YearMonth> months = filter.months();
        if (filter.handlingUnits() != null && filter.handlingUnits().isEmpty()) {
            return new Figures(filter, Tally.ZERO, months.stream().map(month -> new Figures.Month(month, Tally.ZERO))
                    .toList(), List.of(), List.of());
        }
        MapSqlParameterSource parameters = parameters(filter);
        // The month's index in the period: 0 for a single month, else a case over the months' first instants.
        StringBuilder bucket = new StringBuilder(months.size() == 1 ? "0" : "case");
        for (int i = 1; i < months.size(); i++) {
            bucket.append(" when received_at < :b").append(i).append(" then ").append(i - 1);
            parameters.addValue("b" + i, utc(FigureFilter.start(months.get(i))));
        }
        if (months.size() > 1) {
            bucket.append(" else ").append(months.size() - 1).append(" end");
        }

        Map<Long, Tally> byMonth = grouped(bucket.toString(), filter, parameters);
        List<Figures.Month> monthLines = new ArrayList<>();
        Tally total = Tally.ZERO;
        for (int i = 0; i < months.size(); i++) {
            Tally tally = byMonth.getOrDefault((long) i, Tally.ZERO);
            monthLines.add(new Figures.Month(months.get(i), tally));
            total = total.plus(tally);
        }
        List<Breakdown> communes = breakdowns(grouped("commune_id", filter, parameters), id -> {
            UnitNode unit = directory.unit(UnitId.of(id)).orElse(null);
            return unit == null ? null : new String[] {unit.name(), unit.name()};
        });
        Map<Long, FeedbackCategory> known = new HashMap<>();
        categories.findAll().forEach(category -> known.put(category.id(), category));
        List<Breakdown> categoryLines = breakdowns(grouped("category_id", filter, parameters), id -> {
            FeedbackCategory category = known.get(id);
            return category == null ? null : new String[] {category.name(), category.nameEn()};
        });
        return new Figures(filter, total, List.copyOf(monthLines), communes, categoryLines);
    }

    /** Tallies by the key expression ({@code null} keys for items without one), over the filtered items. */
    private Map<Long, Tally> grouped(String key, FigureFilter filter, MapSqlParameterSource parameters) {
        Map<Long, Tally> result = new LinkedHashMap<>();
        jdbc.query("select k, status, " + SUMS + " from (select " + key + " k, status, on_time, rating"
                + " from feedback_item" + where(filter) + ") t group by k, status", parameters, row -> {
                    Number k = (Number) row.getObject("k");
                    Tally tally = Tally.of(row.getString("status"), row.getLong("n"), row.getLong("on_time"),
                            row.getLong("timed"), row.getLong("rating_sum"), row.getLong("rated"));
                    result.merge(k == null ? null : k.longValue(), tally, Tally::plus);
                });
        return result;
    }

    private static String where(FigureFilter filter) {
        StringBuilder where = new StringBuilder(" where received_at >= :from and received_at < :to");
        if (filter.categoryId() != null) {
            where.append(" and category_id = :category");
        }
        if (filter.communeId() != null) {
            where.append(" and commune_id = :commune");
        }
        if (filter.handlingUnits() != null) {
            where.append(" and handling_unit_id in (:units)");
        }
        return where.toString();
    }

    private static MapSqlParameterSource parameters(FigureFilter filter) {
        return new MapSqlParameterSource()
                .addValue("from", utc(FigureFilter.start(filter.from())))
                .addValue("to", utc(FigureFilter.start(filter.to().plusMonths(1))))
                .addValue("category", filter.categoryId())
                .addValue("commune", filter.communeId())
                .addValue("units", filter.handlingUnits());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Named lines, most received first; ids whose unit or category no longer exists count as unknown. */
    private static List<Breakdown> breakdowns(Map<Long, Tally> tallies, Function<Long, String[]> names) {
        Map<Long, Tally> merged = new LinkedHashMap<>();
        Map<Long, String[]> named = new HashMap<>();
        tallies.forEach((id, tally) -> {
            String[] name = id == null ? null : names.apply(id);
            Long key = name == null ? null : id;
            if (name != null) {
                named.put(id, name);
            }
            merged.merge(key, tally, Tally::plus);
        });
        List<Breakdown> lines = new ArrayList<>();
        merged.forEach((id, tally) -> lines.add(id == null ? new Breakdown(null, null, null, tally)
                : new Breakdown(id, named.get(id)[0], named.get(id)[1], tally)));
        lines.sort(Comparator.comparingLong((Breakdown line) -> line.tally().received()).reversed()
                .thenComparing(line -> line.id() == null ? 1 : 0)
                .thenComparing(line -> line.name() == null ? "" : line.name()));
        return List.copyOf(lines);
    }
}
