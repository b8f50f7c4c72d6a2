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
 * filtered and searched, newest first. The search ignores accents and case ("duong ngap" finds "đường ngập");
 * every word must appear in the code, the text or the address.
 * <p>
 * The query takes one of three shapes, so that no list reads much more than it shows (measured on 1,000,000
 * items with {@code .bench/run --suite feedback}):
 * <ul>
 * <li>a unit's list (up to {@value #MAX_MERGED_UNITS} units) merges each unit's newest items, read in order of
 * receipt, with the items its units coordinate: it reads at most the units' own items, however rare the words
 * searched;</li>
 * <li>an operator's search first looks among the newest {@value #RECENT_WINDOW} items of the other filters: common
 * words fill the page there (reading the newest items in order is cheap), and only when they do not is the whole
 * table searched, through the trigram index on PostgreSQL, which suits rare words. PostgreSQL's estimate of several
 * words together is far too low when the words go together ("rac thai ton dong"), so it cannot make this choice
 * itself;</li>
 * <li>everything else is one query over the items, newest first.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class FeedbackSearch {

    /** The most items a page shows. */
    public static final int PAGE_SIZE = 25;

    /** A viewer of more units than this (a leader high in the tree) gets the single query. */
    static final int MAX_MERGED_UNITS = 24;

    /** The newest items an operator's search looks among before it searches them all. */
    static final int RECENT_WINDOW = 2_000;

    private static final String COLUMNS = "id, code, text, status, level, channel, category_id, commune_id, "
            + "handling_unit_id, received_at, due_at, screening_due_at, offensive";
    private static final String NEWEST_FIRST = " order by received_at desc, id desc";

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
        return search(user, criteria, page, now, RECENT_WINDOW);
    }

    Result search(StaffUser user, Criteria criteria, int page, Instant now, int recentWindow) {
        int safePage = Math.max(0, Math.min(page, 10_000));
        String paging = NEWEST_FIRST + " limit " + (PAGE_SIZE + 1) + " offset " + safePage * PAGE_SIZE;
        List<String> words = words(criteria.text());
        if (!access.isOperator(user)) {
            Set<Long> units = access.visibleUnitIds(user);
            if (units.isEmpty()) {
                return new Result(List.of(), 0, false);
            }
            String in = units.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
            if (units.size() <= MAX_MERGED_UNITS) {
                return page(mergedByUnit(units, in, criteria, words, now, (safePage + 1) * PAGE_SIZE + 1)
                        .append(paging), safePage);
            }
            Query query = where(COLUMNS, criteria, now).like(words);
            query.sql.append(" and (handling_unit_id in (").append(in).append(") or id in (select item_id from "
                    + "feedback_coordinator where unit_id in (").append(in).append(")))");
            return page(query.append(paging), safePage);
        }
        if (!words.isEmpty()) {
            Query recent = where(COLUMNS + ", search_text", criteria, now);
            recent.sql.insert(0, "select * from (").append(NEWEST_FIRST).append(" limit ").append(recentWindow)
                    .append(") recent where 1 = 1");
            Result found = page(recent.contains(words).append(paging), safePage);
            if (found.hasNext()) {
                return found;
            }
        }
        return page(where(COLUMNS, criteria, now).like(words).append(paging), safePage);
    }

    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(Texts.searchKey(text).split("\\s+")).filter(word -> !word.isBlank()).limit(8)
                .map(word -> word.replace("\\", "").replace("%", "").replace("_", "")).filter(word -> !word.isEmpty())
                .toList();
    }

    /**
     * One branch per unit and one for the items the units coordinate but do not handle, each the newest that the
     * page may need (read from the unit's index in order of receipt), merged. The words are matched row by row:
     * within a unit's items that is cheaper than the trigram index. (PostgreSQL merges ordered branches only when
     * each has its own order and limit.)
     */
    private Query mergedByUnit(Set<Long> units, String in, Criteria criteria, List<String> words, Instant now,
            int needed) {
        String newest = NEWEST_FIRST + " limit " + needed + ")";
        Query merged = new Query("select * from (");
        for (long unit : units.stream().sorted().toList()) {
            Query branch = where(COLUMNS, criteria, now).contains(words);
            branch.sql.insert(0, "(").append(" and handling_unit_id = ").append(unit).append(newest);
            merged.add(branch);
            merged.sql.append(" union all ");
        }
        Query coordinated = where(COLUMNS, criteria, now).contains(words);
        coordinated.sql.insert(0, "(").append(" and id in (select item_id from feedback_coordinator where unit_id in (")
                .append(in).append(")) and (handling_unit_id is null or handling_unit_id not in (").append(in)
                .append("))").append(newest);
        merged.add(coordinated);
        merged.sql.append(") merged");
        return merged;
    }

    /** The items and every filter but the scope and the words. */
    private static Query where(String columns, Criteria criteria, Instant now) {
        Query query = new Query("select " + columns + " from feedback_item where 1 = 1");
        if (criteria.statuses() != null && !criteria.statuses().isEmpty()) {
            query.sql.append(" and status in (").append(criteria.statuses().stream()
                    .map(status -> "'" + status.name() + "'").sorted().collect(Collectors.joining(","))).append(")");
        }
        query.equal("category_id", criteria.categoryId());
        query.equal("commune_id", criteria.communeId());
        query.equal("handling_unit_id", criteria.unitId());
        if (criteria.overdueOnly()) {
            query.sql.append(" and ((status = 'ASSIGNED' and due_at < ?) or (status in ('RECEIVED', 'ACCEPTED')"
                    + " and screening_due_at < ?))");
            query.args.add(Timestamp.from(now));
            query.args.add(Timestamp.from(now));
        }
        if (criteria.receivedFrom() != null) {
            query.sql.append(" and received_at >= ?");
            query.args.add(Timestamp.from(criteria.receivedFrom()));
        }
        if (criteria.receivedBefore() != null) {
            query.sql.append(" and received_at < ?");
            query.args.add(Timestamp.from(criteria.receivedBefore()));
        }
        return query;
    }

    private Result page(Query query, int page) {
        List<Row> rows = jdbc.query(query.sql.toString(), (rs, n) -> new Row(rs.getLong("id"), rs.getString("code"),
                rs.getString("text"), FeedbackStatus.valueOf(rs.getString("status")),
                rs.getString("level") == null ? null : FeedbackLevel.valueOf(rs.getString("level")),
                FeedbackChannel.valueOf(rs.getString("channel")), rs.getObject("category_id", Long.class),
                rs.getObject("commune_id", Long.class), rs.getObject("handling_unit_id", Long.class),
                rs.getTimestamp("received_at").toInstant(), instant(rs.getTimestamp("due_at"),
                        rs.getTimestamp("screening_due_at")), rs.getBoolean("offensive")), query.args.toArray());
        boolean more = rows.size() > PAGE_SIZE;
        return new Result(more ? rows.subList(0, PAGE_SIZE) : rows, page, more);
    }

    private static Instant instant(Timestamp due, Timestamp screeningDue) {
        Timestamp shown = due != null ? due : screeningDue;
        return shown == null ? null : shown.toInstant();
    }

    /** SQL being built and its arguments. */
    private static final class Query {
        final StringBuilder sql;
        final List<Object> args = new ArrayList<>();

        Query(String start) {
            this.sql = new StringBuilder(start);
        }

        /** Every word, through {@code like}: the trigram index serves it on PostgreSQL. */
        Query like(List<String> words) {
            for (String word : words) {
                sql.append(" and search_text like ?");
                args.add("%" + word + "%");
            }
            return this;
        }

        /** Every word, checked row by row (no index can serve {@code position}). */
        Query contains(List<String> words) {
            for (String word : words) {
                sql.append(" and position(? in search_text) > 0");
                args.add(word);
            }
            return this;
        }

        void equal(String column, Long value) {
            if (value != null) {
                sql.append(" and ").append(column).append(" = ?");
                args.add(value);
            }
        }

        void add(Query other) {
            sql.append(other.sql);
            args.addAll(other.args);
        }

        Query append(String text) {
            sql.append(text);
            return this;
        }
    }
}
