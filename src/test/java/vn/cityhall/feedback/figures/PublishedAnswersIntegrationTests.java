package vn.cityhall.feedback.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.DatabaseTest;
import vn.cityhall.feedback.FeedbackPublished;
import vn.cityhall.shared.AuditActor;
import vn.cityhall.organization.OrganizationDirectory;

/** Search, filters and the map over published items only, with their search keys folded by the job. */
@SpringBootTest
@DatabaseTest
class PublishedAnswersIntegrationTests {

    @Autowired
    PublishedAnswers answers;

    @Autowired
    PublishedSearchKeys searchKeys;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    OrganizationDirectory directory;

    FeedbackRows rows;
    long hoanKiem;
    String flooded;
    String lamp;
    String unpublished;
    String word;

    @BeforeEach
    void data() {
        // A street name no other test (nor an earlier method of this one) writes, so searches find exactly these items.
        word = "Quỳnh" + new java.util.Random().ints(6, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        rows = new FeedbackRows(jdbc);
        hoanKiem = directory.unitByCode("00070").orElseThrow().id().value();
        flooded = insert(rows.item("ANSWERED", Instant.parse("2024-07-02T02:00:00Z")).commune(hoanKiem)
                .at(21.1287654, 105.7523456).published(Instant.parse("2024-07-09T02:00:00Z"),
                        "Đường " + word + " ngập sâu sau mưa lớn, N. V. H. phản ánh.",
                        "Công ty thoát nước đã nạo vét cống trên đường " + word + "."));
        lamp = insert(rows.item("CLOSED", Instant.parse("2024-08-02T02:00:00Z")).published(
                Instant.parse("2024-08-09T02:00:00Z"), "Đèn đường " + word + " hỏng nhiều ngày.", "Đã thay bóng đèn."));
        unpublished = insert(rows.item("ANSWERED", Instant.parse("2024-07-03T02:00:00Z")).at(21.03, 105.85)
                .text("Đường " + word + " ngập, không công khai"));
        while (searchKeys.fillBatch() > 0) {
            // fold every published item of this test
        }
    }

    private String folded() {
        return "quynh" + word.substring(5);
    }

    private static String insert(FeedbackRows.Row row) {
        row.insert();
        return row.code();
    }

    @Test
    void findsPublishedItemsByWordsWithoutAccentsAndNeverUnpublishedOnes() {
        assertThat(answers.search(new PublishedQuery("duong " + folded().toUpperCase() + " ngap", null, null, null), 0).items())
                .extracting(PublishedSummary::code).containsExactly(flooded);
        assertThat(answers.search(new PublishedQuery(word, null, null, null), 0).items())
                .extracting(PublishedSummary::code).containsExactly(lamp, flooded);
        assertThat(answers.search(new PublishedQuery(folded() + " 100%_", null, null, null), 0).items()).isEmpty();
        assertThat(answers.find(unpublished)).isEmpty();
        assertThat(answers.find(flooded.toLowerCase())).hasValueSatisfying(item -> {
            assertThat(item.question()).startsWith("Đường " + word + " ngập sâu");
            assertThat(item.commune()).isEqualTo("Phường Hoàn Kiếm");
        });
    }

    @Test
    void filtersByCommuneAndMonthOfReceipt() {
        assertThat(answers.search(new PublishedQuery(folded(), null, hoanKiem, null), 0).items())
                .extracting(PublishedSummary::code).containsExactly(flooded);
        assertThat(answers.search(new PublishedQuery(folded(), null, null, YearMonth.of(2024, 8)), 0).items())
                .extracting(PublishedSummary::code).containsExactly(lamp);
    }

    @Test
    void theMapShowsPublishedLocationsRoundedToAbout100Metres() {
        assertThat(answers.points(new PublishedQuery(folded(), null, null, null)))
                .containsExactly(new MapPoint(flooded, 21.129, 105.752));
        assertThat(answers.find(flooded)).hasValueSatisfying(item -> {
            assertThat(item.latitude()).isEqualTo(21.129);
            assertThat(item.longitude()).isEqualTo(105.752);
        });
    }

    @Test
    void theJobFoldsOnlyThePublishedColumns() {
        String key = jdbc.queryForObject("select published_search from feedback_item where code = ?", String.class, flooded);
        assertThat(key).contains("duong " + folded() + " ngap sau").contains("nao vet cong").doesNotContain("0977654321")
                .doesNotContain("truong");
        assertThat(jdbc.queryForObject("select published_search from feedback_item where code = ?", String.class,
                unpublished)).isNull();
    }

    @Test
    void aRepublicationFoldsTheNewTextsOnceCommitted() {
        jdbc.update("update feedback_item set published_text = ?, published_answer = ? where code = ?",
                "Vỉa hè phố " + word + " bị lấn chiếm.", "Đã giải tỏa.", lamp);
        long id = jdbc.queryForObject("select id from feedback_item where code = ?", Long.class, lamp);
        transactions.executeWithoutResult(status -> events.publishEvent(
                new FeedbackPublished(id, lamp, 0, AuditActor.system())));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                jdbc.queryForObject("select published_search from feedback_item where id = ?", String.class, id))
                .isEqualTo("via he pho " + folded() + " bi lan chiem. da giai toa."));
        assertThat(answers.search(new PublishedQuery("lan chiem " + folded(), null, null, null), 0).items())
                .extracting(PublishedSummary::code).containsExactly(lamp);
    }
}
