package vn.cityhall.feedback.api;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Feedback items written straight into the table, in whatever state a test needs (the workflow that
 * moves items along is another part of the module), with a sender whose details must never show.
 */
final class StoredItems {

    static final String SENDER_NAME = "Trần Thị Bích Ngọc";
    static final String SENDER_PHONE = "0912999888";
    static final String SENDER_EMAIL = "bich.ngoc@example.vn";

    private final JdbcTemplate jdbc;

    StoredItems(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A fresh code in a year no real item has, so that tests find exactly their own items. */
    static String code() {
        return "PA-1999-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    String insert(String category, String status, Instant receivedAt) {
        String code = code();
        jdbc.update("insert into feedback_item (code, access_token, channel, text, category_id, address, latitude, longitude,"
                + " sender_name, sender_phone, sender_email, consent_processing, consent_publishing, status, received_at,"
                + " screening_due_at) values (?, 'x', 'PORTAL', ?, (select id from feedback_category where code = ?),"
                + " 'Số 5 ngõ 12 Hàng Bông', 21.030649, 105.847512, ?, ?, ?, true, true, ?, ?, ?)", code,
                "Nhà " + SENDER_NAME + " bị ngập khi mưa", category, SENDER_NAME, SENDER_PHONE, SENDER_EMAIL, status,
                utc(receivedAt), utc(receivedAt.plusSeconds(8 * 3600)));
        return code;
    }

    /** Many items at once, received at {@code receivedAt}. */
    void insertMany(int count, String category, Instant receivedAt) {
        List<Object[]> rows = java.util.stream.IntStream.range(0, count).mapToObj(i -> new Object[] {code(), category,
                utc(receivedAt), utc(receivedAt)}).toList();
        jdbc.batchUpdate("insert into feedback_item (code, access_token, channel, text, category_id, sender_name,"
                + " sender_phone, consent_processing, consent_publishing, status, received_at, screening_due_at)"
                + " values (?, 'x', 'PORTAL', 'Đèn đường hỏng', (select id from feedback_category where code = ?),"
                + " 'Lê Văn Cường', '0356111222', true, false, 'RECEIVED', ?, ?)", rows);
    }

    void update(String code, String assignments, Object... arguments) {
        Object[] all = java.util.Arrays.copyOf(arguments, arguments.length + 1);
        all[arguments.length] = code;
        jdbc.update("update feedback_item set " + assignments + " where code = ?", all);
    }

    static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
