package vn.cityhall.feedback.figures;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Feedback items written straight into {@code feedback_item} for figures tests, in any state the
 * workflow can reach, with a sender whose details must never show in public. Each test run uses its
 * own code prefix, so tests sharing a database do not collide.
 */
public final class FeedbackRows {

    public static final String SENDER_NAME = "Trương Thị Diệu Linh";
    public static final String SENDER_PHONE = "0977654321";
    public static final String SENDER_EMAIL = "dieulinh.truong@example.vn";
    public static final String SENDER_ADDRESS = "Số 17 ngõ 43 phố Quán Thánh";

    private static final String PREFIX = "PT" + ThreadLocalRandom.current().nextInt(100, 999) + "-";
    private static final AtomicInteger NUMBER = new AtomicInteger();

    private final JdbcTemplate jdbc;

    public FeedbackRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new item's values; change what the test needs, then {@link Row#insert()}. */
    public Row item(String status, Instant receivedAt) {
        return new Row(status, receivedAt);
    }

    /** One item to insert. */
    public final class Row {
        String code = PREFIX + String.format("%08d", NUMBER.incrementAndGet());
        String status;
        Instant receivedAt;
        Long categoryId;
        Long communeId;
        Long handlingUnitId;
        Boolean onTime;
        Integer rating;
        Double latitude;
        Double longitude;
        String text = "Nguyễn Văn Hải ở " + SENDER_ADDRESS + " phản ánh: đường ngập sâu sau mưa, gọi " + SENDER_PHONE;
        Instant publishedAt;
        String publishedText;
        String publishedAnswer;
        String publishedSearch;
        Instant answeredAt;

        Row(String status, Instant receivedAt) {
            this.status = status;
            this.receivedAt = receivedAt;
        }

        public Row category(Long id) {
            categoryId = id;
            return this;
        }

        public Row commune(Long id) {
            communeId = id;
            return this;
        }

        public Row handledBy(Long unitId) {
            handlingUnitId = unitId;
            return this;
        }

        public Row answered(Instant at, Boolean inTime) {
            answeredAt = at;
            onTime = inTime;
            return this;
        }

        public Row rated(int stars) {
            rating = stars;
            return this;
        }

        public Row at(double lat, double lng) {
            latitude = lat;
            longitude = lng;
            return this;
        }

        public Row text(String original) {
            text = original;
            return this;
        }

        /** Published with this masked question and answer (the search key is left to the job). */
        public Row published(Instant at, String question, String answer) {
            publishedAt = at;
            publishedText = question;
            publishedAnswer = answer;
            return this;
        }

        public String code() {
            return code;
        }

        /** Inserts the item and returns its id. */
        public long insert() {
            jdbc.update("insert into feedback_item (code, access_token, channel, text, category_id, commune_id, address,"
                    + " latitude, longitude, sender_name, sender_phone, sender_email, consent_processing,"
                    + " consent_publishing, status, received_at, screening_due_at, handling_unit_id, answered_at, on_time,"
                    + " rating, published_at, published_text, published_answer, published_search)"
                    + " values (?, ?, 'PORTAL', ?, ?, ?, ?, ?, ?, ?, ?, ?, true, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    code, "token-" + code, text, categoryId, communeId, SENDER_ADDRESS, latitude, longitude, SENDER_NAME,
                    SENDER_PHONE, SENDER_EMAIL, status, utc(receivedAt), utc(receivedAt.plusSeconds(8 * 3600)),
                    handlingUnitId, utc(answeredAt), onTime, rating, utc(publishedAt), publishedText, publishedAnswer,
                    publishedSearch);
            return jdbc.queryForObject("select id from feedback_item where code = ?", Long.class, code);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
