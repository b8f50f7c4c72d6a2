package vn.cityhall.feedback.demo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.feedback.text.MaskingContext;
import vn.cityhall.feedback.text.PersonalDataMasker;
import vn.cityhall.shared.Texts;

/**
 * A year of answered items across the wards, written as the workflow would have left them (history cannot go
 * through the domain, whose clock is now), so that the portal's figures, statistics and published answers and
 * the staff statistics have something to show. Seeded: the same history every time.
 */
final class DemoHistory {

    private static final String[] STREETS = {"phố Hàng Bông", "phố Hàng Gai", "phố Lò Đúc", "phố Huế", "phố Bà Triệu",
        "đường Giải Phóng", "phố Kim Mã", "đường Láng", "phố Tây Sơn", "đường Nguyễn Trãi", "phố Minh Khai",
        "đường Trường Chinh", "phố Đội Cấn", "đường Hoàng Quốc Việt", "phố Chùa Bộc", "phố Xã Đàn"};
    private static final Map<String, String[]> PROBLEMS = Map.of(
            "HA_TANG", new String[] {"Đường %s bị ngập sâu sau mưa lớn", "Đèn chiếu sáng %s hỏng nhiều ngày",
                "Vỉa hè %s lún sụt, gạch vỡ", "Nắp hố ga %s bị vỡ, nguy hiểm"},
            "MOI_TRUONG", new String[] {"Rác thải tồn đọng ở %s nhiều ngày", "Cống thoát nước %s bốc mùi hôi",
                "Tiếng ồn từ công trình %s kéo dài sau 22 giờ"},
            "GIAO_THONG", new String[] {"Đèn tín hiệu giao thông %s hoạt động sai", "Ô tô đỗ sai quy định trên %s gây ùn tắc"},
            "TRAT_TU_XAY_DUNG", new String[] {"Hàng quán lấn chiếm vỉa hè %s", "Công trình xây dựng không che chắn ở %s"},
            "AN_NINH", new String[] {"Thanh niên tụ tập đua xe trên %s ban đêm"});
    private static final String[] ANSWERS = {"Đơn vị đã kiểm tra thực tế và khắc phục xong.",
        "Đơn vị đã phối hợp với công ty môi trường thu gom, xử lý dứt điểm.",
        "Đơn vị đã lập biên bản, yêu cầu chấm dứt vi phạm và sẽ tiếp tục kiểm tra."};
    private static final String[] NAMES = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em"};

    private final JdbcTemplate jdbc;
    private final WorkingCalendar calendar;

    DemoHistory(JdbcTemplate jdbc, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /** Writes {@code count} items received over the year before {@code now}, in the given wards. */
    void write(int count, Instant now, List<Long> wards, Map<String, Long> categories) {
        Random random = new Random(2026);
        ZoneId zone = calendar.settings().zone();
        List<String> codes = List.copyOf(PROBLEMS.keySet()).stream().sorted().toList();
        for (int i = 0; i < count; i++) {
            String category = codes.get(random.nextInt(codes.size()));
            String[] problems = PROBLEMS.get(category);
            String street = STREETS[random.nextInt(STREETS.length)];
            String text = String.format(problems[random.nextInt(problems.length)], street) + ", đề nghị xử lý.";
            long ward = wards.get(random.nextInt(wards.size()));
            LocalDate day = calendar.nextWorkingDay(now.atZone(zone).toLocalDate().minusDays(8 + random.nextInt(355)));
            Instant received = day.atTime(LocalTime.of(8 + random.nextInt(9), random.nextInt(60))).atZone(zone).toInstant();
            Instant due = calendar.addWorkingDays(day, 10).atTime(17, 0).atZone(zone).toInstant();
            Instant answered = received.plus(Duration.ofHours(20 + random.nextInt(24 * 15)));
            boolean published = random.nextInt(10) < 4;
            Integer rating = random.nextInt(10) < 5 ? 3 + random.nextInt(3) : null;
            String sender = NAMES[random.nextInt(NAMES.length)];
            String answer = ANSWERS[random.nextInt(ANSWERS.length)];
            long number = jdbc.queryForObject("select nextval('feedback_code_seq')", Long.class);
            String code = String.format("PA-%d-%06d", received.atZone(zone).getYear(), number);
            double latitude = 20.98 + random.nextDouble() * 0.08;
            double longitude = 105.78 + random.nextDouble() * 0.09;
            MaskingContext mask = new MaskingContext(sender, null, null, street, null);
            jdbc.update("""
                    insert into feedback_item (code, access_token, channel, text, category_id, commune_id, address,
                      latitude, longitude, sender_name, sender_phone, consent_processing, consent_publishing, offensive,
                      status, level, received_at, screening_due_at, search_text, screened_at, handling_unit_id,
                      assigned_at, due_at, answer_text, answered_at, on_time, published_at, published_text,
                      published_answer, rating, rated_at, closed_at, assignment_round)
                    values (?, ?, 'PORTAL', ?, ?, ?, ?, ?, ?, ?, ?, true, true, false, ?, 'NORMAL', ?, ?, ?, ?, ?, ?, ?, ?,
                      ?, ?, ?, ?, ?, ?, ?, ?, 1)""",
                    code, "demo-" + number, text, categories.get(category), ward, street, latitude, longitude, sender,
                    String.format("09%08d", number), rating == null ? "ANSWERED" : "CLOSED", ts(received),
                    ts(calendar.addWorkingHours(received, Duration.ofHours(8))),
                    Texts.searchKey(code + " " + text + " " + street), ts(received.plus(Duration.ofHours(2))), ward,
                    ts(received.plus(Duration.ofHours(2))), ts(due), answer, ts(answered), !answered.isAfter(due),
                    published ? ts(answered.plus(Duration.ofHours(3))) : null,
                    published ? PersonalDataMasker.mask(text, mask) : null, published ? answer : null, rating,
                    rating == null ? null : ts(answered.plus(Duration.ofDays(1))),
                    rating == null ? null : ts(answered.plus(Duration.ofDays(1))));
        }
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
