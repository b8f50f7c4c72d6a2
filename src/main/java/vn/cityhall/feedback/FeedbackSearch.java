package vn.cityhall.feedback;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.Texts;

/**
 * The staff lists: items the viewer may see (operators: all; others: items their units handle or coordinate),
 * filtered and searched. The search ignores accents and case ("duong ngap" finds "đường ngập"); every word
 * must appear in the code, the text or the address. On PostgreSQL a trigram index serves it.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackSearch {

    /** The most items a page shows. */
    public static final int PAGE_SIZE = 25;

    private final JdbcTemplate jdbc;
    private final FeedbackAccess access;

    FeedbackSearch(JdbcTemplate jdbc, FeedbackAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** What to look for; {@code null} fields do not filter. */
    public record Criteria(String text, Set<FeedbackStatus> statuses, Long categoryId, Long communeId, Long unitId,
            boolean overdueOnly, Instant receivedFrom, Instant receivedBefore) {
    }

    /** One row of a list. */
    public record Row(long id, String code, String text, FeedbackStatus status, FeedbackLevel level,
            FeedbackChannel channel, Long categoryId, Long communeId, Long unitId, Instant receivedAt, Instant dueAt,
            boolean offensive) {
    }

    /** A page of rows and whether more follow. */
    public record Result(List<Row> rows, int page, boolean hasNext) {
    }

    public Result search(StaffUser user, Criteria criteria, int page, Instant now) {
        StringBuilder sql = new StringBuilder("""
                select id, code, text, status, level, channel, category_id, commune_id, handling_unit_id, received_at,
                  coalesce(due_at, screening_due_at), offensive from feedback_item where 1 = 1""");
        List<Object> args = new ArrayList<>();
        if (!access.isOperator(user)) {
            Set<Long> units = access.visibleUnitIds(user);
            if (units.isEmpty()) {
                return new Result(List.of(), 0, false);
            }
            String in = units.stream().map(String::valueOf).collect(Collectors.joining(","));
            sql.append(" and (handling_unit_id in (").append(in).append(") or id in (select item_id from feedback_coordinator"
                    + " where unit_id in (").append(in).append(")))");
        }
        for (String word : words(criteria.text())) {
            sql.append(" and search_text like ?");
            args.add("%" + word.replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        if (criteria.statuses() != null && !criteria.statuses().isEmpty()) {
            sql.append(" and status in (").append(criteria.statuses().stream().map(status -> "'" + status.name() + "'")
                    .collect(Collectors.joining(","))).append(")");
        }
        filter(sql, args, "category_id", criteria.categoryId());
        filter(sql, args, "commune_id", criteria.communeId());
        filter(sql, args, "handling_unit_id", criteria.unitId());
        if (criteria.overdueOnly()) {
            sql.append(" and ((status = 'ASSIGNED' and due_at < ?) or (status in ('RECEIVED', 'ACCEPTED')"
                    + " and screening_due_at < ?))");
            args.add(Timestamp.from(now));
            args.add(Timestamp.from(now));
        }
        if (criteria.receivedFrom() != null) {
            sql.append(" and received_at >= ?");
            args.add(Timestamp.from(criteria.receivedFrom()));
        }
        if (criteria.receivedBefore() != null) {
            sql.append(" and received_at < ?");
            args.add(Timestamp.from(criteria.receivedBefore()));
        }
        int safePage = Math.max(0, Math.min(page, 10_000));
        sql.append(" order by received_at desc, id desc limit ").append(PAGE_SIZE + 1).append(" offset ")
                .append(safePage * PAGE_SIZE);
        List<Row> rows = jdbc.query(sql.toString(), (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                FeedbackStatus.valueOf(rs.getString(4)), rs.getString(5) == null ? null : FeedbackLevel.valueOf(rs.getString(5)),
                FeedbackChannel.valueOf(rs.getString(6)), (Long) rs.getObject(7, Long.class),
                (Long) rs.getObject(8, Long.class), (Long) rs.getObject(9, Long.class), rs.getTimestamp(10).toInstant(),
                rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant(), rs.getBoolean(12)), args.toArray());
        boolean more = rows.size() > PAGE_SIZE;
        return new Result(more ? rows.subList(0, PAGE_SIZE) : rows, safePage, more);
    }

    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(Texts.searchKey(text).split("\\s+")).filter(word -> !word.isBlank()).limit(8).toList();
    }

    private static void filter(StringBuilder sql, List<Object> args, String column, Long value) {
        if (value != null) {
            sql.append(" and ").append(column).append(" = ?");
            args.add(value);
        }
    }
}
