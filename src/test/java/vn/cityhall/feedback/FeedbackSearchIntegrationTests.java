package vn.cityhall.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.cityhall.DatabaseTest;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.Texts;

/**
 * The query shapes of {@link FeedbackSearch} give the same pages as the plain query: an operator's search that
 * looks among the newest items first, and a unit's list merged unit by unit with the items its units coordinate.
 * Each test writes items with words of its own, so other tests' items do not disturb it.
 */
@SpringBootTest
@DatabaseTest
class FeedbackSearchIntegrationTests {

    private static final Set<FeedbackStatus> ALL = EnumSet.allOf(FeedbackStatus.class);
    private static final Instant NOW = Instant.parse("2026-03-10T03:00:00Z");

    @Autowired
    FeedbackSearch search;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    private final String run = Long.toString(System.nanoTime() % 2_000_000_000L, 36);
    private int written;

    @Test
    void anOperatorsSearchFindsItemsOlderThanTheNewestAndPagesAlikeWhateverTheWindow() {
        String common = "pho" + run;
        String rare = "hiem" + run;
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            newestFirst.add(item("Đường ngập ở " + common, i, i % 2 == 0 ? "RECEIVED" : "ASSIGNED", unit("00070"), null));
        }
        List<String> old = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            old.add(item("Lấn chiếm vỉa hè " + common + " " + rare.toUpperCase(), 1_000 + i, "CLOSED", unit("00070"), null));
        }
        newestFirst.addAll(old);
        StaffUser operator = user("tiepnhan");

        for (int window : new int[] { 0, 5, FeedbackSearch.RECENT_WINDOW }) {
            FeedbackSearch.Result first = search.search(operator, criteria(common), 0, NOW, window);
            assertThat(codes(first)).as("window %d", window).isEqualTo(newestFirst.subList(0, 25));
            assertThat(first.hasNext()).isTrue();
            FeedbackSearch.Result third = search.search(operator, criteria(common), 2, NOW, window);
            assertThat(codes(third)).isEqualTo(newestFirst.subList(50, 63));
            assertThat(third.hasNext()).isFalse();
            assertThat(codes(search.search(operator, criteria("HIEM" + run + " " + common), 0, NOW, window)))
                    .as("only old items have the rare word").isEqualTo(old);
            assertThat(codes(search.search(operator, new FeedbackSearch.Criteria(common,
                    EnumSet.of(FeedbackStatus.RECEIVED), null, null, null, false, null, null), 1, NOW, window)))
                    .as("other filters apply in the window too").hasSize(5);
        }
    }

    @Test
    void aUnitsListMergesItsUnitsItemsWithTheItemsTheyCoordinateOnce() {
        String word = "ngo" + run;
        long ward = unit("00070");
        long division = unit("00070.KTHTDT");
        long other = unit("00082");
        List<String> visible = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            visible.add(item("Rác thải " + word, 2 * i, "ASSIGNED", i % 2 == 0 ? ward : division, null));
            if (i % 8 == 0) {
                visible.add(item("Cống tắc " + word, 2 * i + 1, "ASSIGNED", other, ward));
            } else if (i % 8 == 1) {
                String both = item("Đèn hỏng " + word, 2 * i + 1, "ASSIGNED", other, ward);
                coordinate(both, division);
                visible.add(both);
            } else if (i % 8 == 2) {
                String own = item("Vỉa hè " + word, 2 * i + 1, "ANSWERED", ward, division);
                visible.add(own);
            } else {
                hidden.add(item("Nơi khác " + word, 2 * i + 1, "ASSIGNED", other, null));
            }
        }
        StaffUser officer = user("canbo.hoankiem");

        List<String> found = new ArrayList<>();
        FeedbackSearch.Result page;
        int number = 0;
        do {
            page = search.search(officer, criteria(word), number++, NOW);
            found.addAll(codes(page));
        } while (page.hasNext());
        assertThat(found).as("newest first, each once, nothing of other units").isEqualTo(visible)
                .doesNotContainAnyElementsOf(hidden);
        assertThat(codes(search.search(user("chutich"), criteria(word), 0, NOW)))
                .as("a leader above every unit: the single query").hasSize(25);

        var open = new FeedbackSearch.Criteria(null, EnumSet.of(FeedbackStatus.ASSIGNED), null, null, null, false, null,
                null);
        assertThat(codes(search.search(officer, open, 0, NOW))).isEqualTo(jdbc.queryForList("""
                select code from feedback_item where status = 'ASSIGNED' and (handling_unit_id in (?, ?)
                  or id in (select item_id from feedback_coordinator where unit_id in (?, ?)))
                order by received_at desc, id desc limit 25""", String.class, ward, division, ward, division));
    }

    private String item(String text, int minutesAgo, String status, Long handlingUnit, Long coordinator) {
        String code = "PT-" + run + "-" + (++written);
        Instant received = NOW.minus(Duration.ofMinutes(minutesAgo));
        jdbc.update("""
                insert into feedback_item (code, access_token, channel, text, commune_id, sender_name, sender_phone,
                    consent_processing, consent_publishing, status, received_at, screening_due_at, search_text,
                    handling_unit_id)
                values (?, ?, 'PORTAL', ?, ?, 'Nguyễn Văn An', '0901234567', true, false, ?, ?, ?, ?, ?)""", code,
                "0".repeat(64), text, unit("00070"), status, Timestamp.from(received),
                Timestamp.from(received.plus(Duration.ofHours(8))), Texts.searchKey(code + " " + text), handlingUnit);
        if (coordinator != null) {
            coordinate(code, coordinator);
        }
        return code;
    }

    private void coordinate(String code, long unit) {
        jdbc.update("insert into feedback_coordinator (item_id, unit_id) select id, ? from feedback_item where code = ?",
                unit, code);
    }

    private static FeedbackSearch.Criteria criteria(String text) {
        return new FeedbackSearch.Criteria(text, ALL, null, null, null, false, null, null);
    }

    private static List<String> codes(FeedbackSearch.Result result) {
        return result.rows().stream().map(FeedbackSearch.Row::code).toList();
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from organization_unit where code = ?", Long.class, code);
    }

    private StaffUser user(String username) {
        return (StaffUser) accounts.loadUserByUsername(username);
    }
}
