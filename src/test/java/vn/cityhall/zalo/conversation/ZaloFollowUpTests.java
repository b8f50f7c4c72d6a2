package vn.cityhall.zalo.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import vn.cityhall.DatabaseTest;
import vn.cityhall.feedback.FeedbackAccepted;
import vn.cityhall.feedback.FeedbackAnswered;
import vn.cityhall.feedback.FeedbackAssigned;
import vn.cityhall.feedback.FeedbackChannel;
import vn.cityhall.feedback.FeedbackLevel;
import vn.cityhall.shared.AuditActor;
import vn.cityhall.zalo.webhook.WebhookDriver;
import vn.cityhall.zalo.webhook.ZaloEvents;

/** After the item is sent: tracking, the Q&amp;A, status updates, the rating and expired drafts. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@Import(WebhookDriver.class)
class ZaloFollowUpTests {

    @Autowired
    WebhookDriver driver;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    DraftExpiry expiry;

    ConversationSupport chat;

    @BeforeEach
    void setUp() {
        chat = new ConversationSupport(driver, jdbc, json);
    }

    /** A new user who sent one item; returns its code. */
    private String sentItem(String user) {
        chat.draftToSummary(user, "Hố ga trước số 25 phố Lý Thường Kiệt bị mất nắp", ConversationSupport.phone());
        Matcher code = ZaloConversation.CODE.matcher(chat.say(user, "1").get(0));
        assertThat(code.find()).isTrue();
        long id = itemId(code.group());
        // The "received" update comes after the commit; waited for so that it is not taken for a later reply.
        await().atMost(Duration.ofSeconds(20)).until(() -> rows("fb:received:" + id) == 1);
        return code.group();
    }

    private long itemId(String code) {
        return jdbc.queryForObject("select id from feedback_item where code = ?", Long.class, code);
    }

    private long rows(String key) {
        return jdbc.queryForObject("select count(*) from zalo_outbox where idempotency_key = ?", Long.class, key);
    }

    /** The item is answered as the feedback module would do it, and the event published after the commit. */
    private void answer(long id, String code) {
        Instant answeredAt = Instant.now();
        jdbc.update("update feedback_item set status = 'ANSWERED', answer_text = ?, answered_at = ? where id = ?",
                "Đã lắp nắp hố ga mới.", answeredAt.atOffset(ZoneOffset.UTC), id);
        FeedbackAnswered answered = new FeedbackAnswered(id, code, FeedbackChannel.ZALO, "Đã lắp nắp hố ga mới.",
                answeredAt, true, List.of(), AuditActor.system());
        transactions.executeWithoutResult(status -> events.publishEvent(answered));
    }

    /** The user starts a new draft up to the category list, then their sent item is answered. */
    private long answeredWhileDrafting(String user, String code) {
        long id = itemId(code);
        chat.say(user, "1");
        chat.say(user, "Đèn tín hiệu giao thông ở ngã tư Kim Mã không hoạt động");
        answer(id, code);
        await().atMost(Duration.ofSeconds(20)).until(() -> Long.valueOf(id).equals(pendingRating(user)));
        return id;
    }

    private Long pendingRating(String user) {
        return jdbc.queryForObject("select rating_item_id from zalo_conversation where user_id = ?", Long.class, user);
    }

    private Integer rating(long id) {
        return jdbc.queryForObject("select rating from feedback_item where id = ?", Integer.class, id);
    }

    @Test
    void trackingShowsACitizenOnlyTheirOwnItems() {
        String owner = ZaloEvents.userId();
        String other = ZaloEvents.userId();
        String code = sentItem(owner);

        assertThat(chat.say(owner, "Tra cứu " + code.toLowerCase())).singleElement().asString()
                .startsWith("Phản ánh " + code + ": Chờ tiếp nhận");
        assertThat(chat.say(other, "tra cuu " + code)).containsExactly(
                "Không tìm thấy phản ánh " + code + " trong các phản ánh bạn đã gửi qua Zalo.");
        assertThat(chat.say(owner, "Phản ánh của tôi")).singleElement().asString().contains(code, "Chờ tiếp nhận");
        assertThat(chat.say(other, "phan anh cua toi")).containsExactly("Bạn chưa gửi phản ánh nào qua Zalo.");
    }

    @Test
    void aQuestionGetsTheBestAnswersWithTheirLinksOrHowToReachAnOfficial() {
        String user = ZaloEvents.userId();
        assertThat(chat.say(user, "3")).singleElement().asString().contains("đặt câu hỏi");
        assertThat(chat.say(user, "thu tuc dang ky khai sinh")).singleElement().asString()
                .contains("1. Thủ tục đăng ký khai sinh cho con như thế nào?", "https://dichvucong.gov.vn/");
        assertThat(chat.say(user, "cách nấu phở bò ngon")).singleElement().asString()
                .startsWith("Chưa có câu trả lời sẵn").contains("đường dây nóng");
        assertThat(chat.state(user)).isEqualTo("QUESTION");
        assertThat(chat.say(user, "1")).as("a menu number leaves the questions").singleElement().asString()
                .contains("mô tả vấn đề");
    }

    @Test
    void aStatusUpdateIsQueuedOncePerEventEvenWhenTheEventIsDeliveredTwice() {
        String user = ZaloEvents.userId();
        String code = sentItem(user);
        long id = itemId(code);
        assertThat(chat.replies(user)).filteredOn(text -> text.contains("đang chờ tiếp nhận")).hasSize(1);

        FeedbackAccepted accepted = new FeedbackAccepted(id, code, FeedbackChannel.ZALO, 1L, FeedbackLevel.NORMAL,
                null, AuditActor.system());
        Instant due = OffsetDateTime.of(2026, 12, 10, 10, 0, 0, 0, ZoneOffset.UTC).toInstant();
        FeedbackAssigned assigned = new FeedbackAssigned(id, code, FeedbackChannel.ZALO, 1L, "UBND phường Hoàn Kiếm",
                Set.of(), due, 1, AuditActor.system());
        for (int delivery = 0; delivery < 2; delivery++) {
            transactions.executeWithoutResult(status -> {
                events.publishEvent(accepted);
                events.publishEvent(assigned);
            });
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> rows("fb:assigned:" + id + ":1") == 1
                && rows("fb:accepted:" + id) == 1);
        List<String> replies = chat.replies(user);
        assertThat(replies).filteredOn(text -> text.contains("đã được tiếp nhận")).hasSize(1);
        assertThat(replies).filteredOn(text -> text.contains("UBND phường Hoàn Kiếm")).singleElement().asString()
                .isEqualTo("Phản ánh " + code + " đã được chuyển đến UBND phường Hoàn Kiếm xử lý, hạn xử lý: 17:00 10/12/2026.");
        assertThat(jdbc.queryForObject("select feedback_id from zalo_outbox where idempotency_key = ?", Long.class,
                "fb:accepted:" + id)).isEqualTo(id);
    }

    @Test
    void theAnswerIsFollowedByARatingRequestAndTheReplyIsRecordedAsTheRating() {
        String user = ZaloEvents.userId();
        String code = sentItem(user);
        long id = itemId(code);
        answer(id, code);

        await().atMost(Duration.ofSeconds(20)).until(() -> "RATING".equals(chat.state(user)));
        List<String> replies = chat.replies(user);
        assertThat(replies).contains("Phản ánh " + code + " đã có trả lời:\nĐã lắp nắp hố ga mới.");
        assertThat(replies.get(replies.size() - 1)).startsWith("Đánh giá 1–5");

        assertThat(chat.say(user, "5")).containsExactly("Cảm ơn bạn đã đánh giá 5/5 cho phản ánh " + code + ".");
        assertThat(jdbc.queryForObject("select rating from feedback_item where id = ?", Integer.class, id)).isEqualTo(5);
        assertThat(chat.state(user)).isEqualTo("MENU");
        assertThat(chat.say(user, "1")).as("back at the menu, 1 starts a new item").singleElement().asString()
                .contains("mô tả vấn đề");
    }

    @Test
    void aRatingRequestWhileDraftingWaitsBesideTheDraftAndABareNumberRatesOnlyWhereItMeansNothingElse() {
        String user = ZaloEvents.userId();
        String code = sentItem(user);
        long id = answeredWhileDrafting(user, code);
        assertThat(chat.state(user)).as("still at the category list").isEqualTo("CATEGORY");
        assertThat(chat.replies(user)).last().asString().startsWith("Đánh giá 1–5").contains("ví dụ: đánh giá 5");

        List<String> contact = chat.say(user, "2");
        assertThat(contact).as("at the category list, 2 is the category").hasSize(2);
        assertThat(contact.get(1)).contains("họ và tên");
        assertThat(rating(id)).isNull();
        assertThat(pendingRating(user)).isEqualTo(id);

        assertThat(chat.say(user, "5")).as("at the name, a bare number is the rating").containsExactly(
                "Cảm ơn bạn đã đánh giá 5/5 cho phản ánh " + code + ".",
                "Phản ánh bạn đang soạn vẫn được giữ, mời bạn tiếp tục.");
        assertThat(rating(id)).isEqualTo(5);
        assertThat(pendingRating(user)).isNull();
        assertThat(chat.state(user)).isEqualTo("NAME");
        assertThat(chat.say(user, "Trần Văn Tư, " + ConversationSupport.phone())).singleElement().asString()
                .contains("công khai");
        assertThat(chat.say(user, "5")).as("rated already: 5 is no answer to the publishing question")
                .singleElement().asString().startsWith("Bạn có đồng ý để cơ quan công khai");
    }

    @Test
    void anExplicitRatingCountsEvenAtANumberedStep() {
        String user = ZaloEvents.userId();
        String code = sentItem(user);
        long id = answeredWhileDrafting(user, code);

        assertThat(chat.say(user, "Đánh giá: 4 sao")).containsExactly(
                "Cảm ơn bạn đã đánh giá 4/5 cho phản ánh " + code + ".",
                "Phản ánh bạn đang soạn vẫn được giữ, mời bạn tiếp tục.");
        assertThat(rating(id)).isEqualTo(4);
        assertThat(chat.state(user)).isEqualTo("CATEGORY");
        assertThat(chat.say(user, "1")).as("the draft goes on: the card and the name prompt").hasSize(2);
        assertThat(chat.state(user)).isEqualTo("NAME");
    }

    @Test
    void anAbandonedDraftExpiresOnceWithANotice() {
        String user = ZaloEvents.userId();
        chat.say(user, "1");
        chat.say(user, "Chó thả rông trong công viên Thống Nhất");

        assertThat(expiry.expire(Instant.now().plus(Duration.ofHours(23)))).as("not yet").isZero();
        assertThat(expiry.expire(Instant.now().plus(Duration.ofHours(25)))).isPositive();
        assertThat(expiry.expire(Instant.now().plus(Duration.ofHours(26)))).isZero();
        assertThat(chat.replies(user)).filteredOn(text -> text.contains("không được hoàn tất trong 24 giờ")).hasSize(1);
        assertThat(chat.state(user)).isEqualTo("MENU");
        assertThat(jdbc.queryForObject("select draft from zalo_conversation where user_id = ?", String.class, user))
                .isNull();
    }
}
