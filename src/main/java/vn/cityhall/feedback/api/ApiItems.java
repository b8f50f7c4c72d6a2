package vn.cityhall.feedback.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import vn.cityhall.feedback.FeedbackStatus;

/**
 * The API channels' read model of feedback items: plain SQL over {@code feedback_item} and the lists it
 * refers to, read only (the workflow columns are written elsewhere). The sender's contact details are
 * never selected.
 */
@Repository
class ApiItems {

    static final List<String> OPEN = List.of("RECEIVED", "ACCEPTED", "ASSIGNED");
    static final List<String> CLOSED = List.of("ANSWERED", "CLOSED", "REJECTED", "DUPLICATE");

    private static final String SELECT = "select i.id, i.code, i.status, i.commune_id, i.address, i.latitude, i.longitude,"
            + " i.text, i.received_at, i.screened_at, i.assigned_at, i.answered_at, i.closed_at, i.due_at,"
            + " i.screening_due_at, i.handling_unit_id, i.answer_text, i.published_at, i.published_text,"
            + " i.published_answer, i.api_client_id, i.reject_note, c.code as category_code, c.name as category_name,"
            + " c.name_en as category_name_en, r.answer as reason_answer, r.answer_en as reason_answer_en,"
            + " m.code as master_code, m.status as master_status, m.handling_unit_id as master_unit_id,"
            + " m.due_at as master_due_at, m.answer_text as master_answer, m.answered_at as master_answered_at"
            + " from feedback_item i left join feedback_category c on c.id = i.category_id"
            + " left join feedback_item m on m.id = i.duplicate_of"
            + " left join feedback_reject_reason r on r.code = coalesce(i.reject_reason,"
            + " case when i.status = 'DUPLICATE' then 'DUPLICATE' end)";

    private static final RowMapper<ApiItem> ROW = ApiItems::item;

    private final JdbcTemplate jdbc;

    ApiItems(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What a query over many items asks for; empty lists mean "all". */
    record Filter(List<String> codes, List<String> categoryCodes, Instant from, Instant to, List<String> statuses,
            int limit, int offset) {
    }

    Optional<ApiItem> byCode(String code) {
        return jdbc.query(SELECT + " where i.code = ?", ROW, code).stream().findFirst();
    }

    /** The items matching, newest first. */
    List<ApiItem> find(Filter filter) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where 1 = 1");
        List<Object> arguments = new ArrayList<>();
        if (!filter.codes().isEmpty()) {
            sql.append(" and i.code in (").append(placeholders(filter.codes().size())).append(')');
            arguments.addAll(filter.codes());
        } else {
            if (!filter.categoryCodes().isEmpty()) {
                sql.append(" and c.code in (").append(placeholders(filter.categoryCodes().size())).append(')');
                arguments.addAll(filter.categoryCodes());
            }
            if (!filter.statuses().isEmpty()) {
                sql.append(" and i.status in (").append(placeholders(filter.statuses().size())).append(')');
                arguments.addAll(filter.statuses());
            }
            sql.append(" and i.received_at >= ? and i.received_at <= ?");
            arguments.add(W3cTime.utc(filter.from()));
            arguments.add(W3cTime.utc(filter.to()));
        }
        sql.append(" order by i.received_at desc, i.id desc limit ? offset ?");
        arguments.add(filter.limit());
        arguments.add(filter.offset());
        return jdbc.query(sql.toString(), ROW, arguments.toArray());
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static ApiItem item(ResultSet rs, int row) throws SQLException {
        return new ApiItem(rs.getLong("id"), rs.getString("code"), FeedbackStatus.valueOf(rs.getString("status")),
                rs.getString("category_code"), rs.getString("category_name"), rs.getString("category_name_en"),
                rs.getObject("commune_id", Long.class), rs.getString("address"), rs.getObject("latitude", Double.class),
                rs.getObject("longitude", Double.class), rs.getString("text"), instant(rs, "received_at"),
                instant(rs, "screened_at"), instant(rs, "assigned_at"), instant(rs, "answered_at"),
                instant(rs, "closed_at"), instant(rs, "due_at"), instant(rs, "screening_due_at"),
                rs.getObject("handling_unit_id", Long.class), rs.getString("answer_text"), rs.getString("reason_answer"),
                rs.getString("reason_answer_en"), rs.getString("reject_note"), instant(rs, "published_at"),
                rs.getString("published_text"), rs.getString("published_answer"), rs.getObject("api_client_id", Long.class),
                rs.getString("master_code") == null ? null : new ApiItem.Master(rs.getString("master_code"),
                        FeedbackStatus.valueOf(rs.getString("master_status")), rs.getObject("master_unit_id", Long.class),
                        instant(rs, "master_due_at"), rs.getString("master_answer"), instant(rs, "master_answered_at")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
