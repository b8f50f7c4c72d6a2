package vn.cityhall.zalo.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

import vn.cityhall.DatabaseTest;
import vn.cityhall.files.SampleFiles;
import vn.cityhall.zalo.webhook.LocalFiles;
import vn.cityhall.zalo.webhook.WebhookDriver;
import vn.cityhall.zalo.webhook.ZaloEvents;

/** The Vietnamese conversation through the real webhook: the menu and sending feedback. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@Import(WebhookDriver.class)
class ZaloConversationTests {

    static LocalFiles cdn;

    @Autowired
    WebhookDriver driver;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    ConversationSupport chat;

    @BeforeAll
    static void startCdn() throws Exception {
        cdn = new LocalFiles();
    }

    @AfterAll
    static void stopCdn() {
        cdn.close();
    }

    @BeforeEach
    void setUp() {
        chat = new ConversationSupport(driver, jdbc, json);
    }

    @Test
    void aFollowerGetsTheGreetingAndTheMenuAndMenuInAnyFormShowsItAgain() {
        String user = ZaloEvents.userId();
        List<String> greeting = chat.deliver(user, ZaloEvents.follow("follow", user, ConversationSupport.ts()));
        assertThat(greeting).hasSize(2);
        assertThat(greeting.get(0)).startsWith("Xin chào");
        assertThat(greeting.get(1)).contains("1. Gửi phản ánh", "2. Tra cứu phản ánh",
                "3. Hỏi đáp pháp luật và thủ tục", "4. Hướng dẫn");
        assertThat(chat.say(user, "  MENU ")).last().asString().contains("1. Gửi phản ánh");
        assertThat(chat.say(user, Normalizer.normalize("Mênu", Normalizer.Form.NFD))).last().asString()
                .contains("1. Gửi phản ánh");
        assertThat(chat.state(user)).isEqualTo("MENU");
    }

    @Test
    void aFullConversationWithAPhotoAndALocationCreatesTheItemAndRepliesWithItsCode() {
        String user = ZaloEvents.userId();
        String phone = ConversationSupport.phone();
        String photo = cdn.put("/" + user + "/o-ga.jpg", SampleFiles.jpeg(40, 30));
        chat.deliver(user, ZaloEvents.follow("follow", user, ConversationSupport.ts()));

        List<String> afterPhoto = chat.deliver(user, ZaloEvents.attachment("user_send_image", user, ZaloEvents.msgId(),
                ConversationSupport.ts(), null, "image", "{\"thumbnail\":\"" + photo + "\",\"url\":\"" + photo + "\"}"));
        assertThat(ConversationSupport.joined(afterPhoto)).contains("Đã nhận 1 ảnh/tệp", "mô tả vấn đề");
        assertThat(chat.deliver(user, ZaloEvents.attachment("user_send_location", user, ZaloEvents.msgId(),
                ConversationSupport.ts(), "Ngã tư Lê Lợi", "location",
                "{\"coordinates\":{\"latitude\":\"21.0285\",\"longitude\":\"105.8542\"}}"))).containsExactly("Đã nhận vị trí.");
        List<String> categories = chat.say(user, "Mặt đường Lê Lợi có ổ gà lớn, xe máy dễ ngã");
        assertThat(categories).singleElement().asString().contains("1. Hạ tầng đô thị", "0. Không rõ");
        List<String> contact = chat.say(user, "1");
        assertThat(contact).as("the request_user_info card, then the text").hasSize(2);
        assertThat(contact.get(1)).contains("họ và tên", "\"Họ tên, số điện thoại\"");
        assertThat(chat.say(user, "Nguyễn Văn An")).singleElement().asString().contains("số điện thoại");
        assertThat(chat.say(user, phone)).singleElement().asString().contains("công khai");
        List<String> summary = chat.say(user, "1");
        assertThat(summary).singleElement().asString().contains("Mặt đường Lê Lợi có ổ gà lớn", "Hạ tầng đô thị",
                "Ảnh, tệp: 1", "21.0285, 105.8542", "Nguyễn Văn An", phone, "Công khai: Đồng ý", "Trả lời \"1\"");

        // The "received" update may follow at once, after the commit.
        List<String> done = chat.say(user, "1");
        assertThat(done.get(0)).startsWith("Đã tiếp nhận phản ánh của bạn. Mã tra cứu: PA-");
        Matcher code = ZaloConversation.CODE.matcher(done.get(0));
        assertThat(code.find()).isTrue();
        Map<String, Object> item = jdbc.queryForMap("select id, channel, latitude, longitude, sender_name, sender_phone,"
                + " consent_processing, consent_publishing, text from feedback_item where code = ?", code.group());
        assertThat(item).containsEntry("channel", "ZALO").containsEntry("sender_name", "Nguyễn Văn An")
                .containsEntry("sender_phone", phone).containsEntry("consent_processing", true)
                .containsEntry("consent_publishing", true)
                .containsEntry("text", "Mặt đường Lê Lợi có ổ gà lớn, xe máy dễ ngã");
        assertThat(((Number) item.get("latitude")).doubleValue()).isEqualTo(21.0285);
        assertThat(((Number) item.get("longitude")).doubleValue()).isEqualTo(105.8542);
        long id = ((Number) item.get("id")).longValue();
        assertThat(jdbc.queryForObject("select count(*) from feedback_photo where item_id = ?", Long.class, id)).isOne();
        assertThat(jdbc.queryForObject("select user_id from zalo_feedback_link where item_id = ?", String.class, id))
                .isEqualTo(user);
        assertThat(chat.state(user)).isEqualTo("MENU");
    }

    @Test
    void aPhotoThatCouldNotBeFetchedIsMentionedAndNotAttached() {
        String user = ZaloEvents.userId();
        String missing = cdn.url("/" + user + "/mat.jpg");
        chat.say(user, "1");
        List<String> replies = chat.deliver(user, ZaloEvents.attachment("user_send_image", user, ZaloEvents.msgId(),
                ConversationSupport.ts(), null, "image", "{\"thumbnail\":\"" + missing + "\",\"url\":\"" + missing + "\"}"));
        assertThat(replies).singleElement().asString().startsWith("Không tải được 1 ảnh/tệp");
        chat.say(user, "Cột điện nghiêng sắp đổ ở ngõ 5 phố Bà Triệu");
        chat.say(user, "0");
        chat.say(user, "Hà Văn Em");
        chat.say(user, ConversationSupport.phone());
        assertThat(chat.say(user, "2")).singleElement().asString().contains("Ảnh, tệp: 0");
    }

    @Test
    void twoCitizensWritingAtTheSameTimeNeverShareADraft() {
        String first = ZaloEvents.userId();
        String second = ZaloEvents.userId();
        chat.say(first, "1");
        chat.say(second, "1");
        chat.say(first, "Đèn đường ngõ 12 phố Huế bị hỏng đã một tuần");
        chat.say(second, "Rác thải đổ trộm ở bãi đất trống cạnh chợ");
        chat.say(first, "0");
        chat.say(second, "0");
        chat.say(first, "Lê Văn Một");
        chat.say(second, "Phạm Thị Hai");
        chat.say(first, ConversationSupport.phone());
        chat.say(second, ConversationSupport.phone());
        String firstSummary = chat.say(first, "2").get(0);
        String secondSummary = chat.say(second, "1").get(0);

        assertThat(firstSummary).contains("Đèn đường ngõ 12", "Lê Văn Một", "Công khai: Không đồng ý")
                .doesNotContain("Rác thải", "Phạm Thị Hai");
        assertThat(secondSummary).contains("Rác thải đổ trộm", "Phạm Thị Hai", "Công khai: Đồng ý")
                .doesNotContain("Đèn đường", "Lê Văn Một");
    }

    @Test
    void cancelDropsTheDraftAndNothingIsCreated() {
        String user = chat.draftToSummary(ZaloEvents.userId(), "Cây xanh đổ chắn ngang đường Trần Phú",
                ConversationSupport.phone());
        long items = jdbc.queryForObject("select count(*) from feedback_item", Long.class);

        List<String> replies = chat.say(user, "Hủy");
        assertThat(replies.get(0)).isEqualTo("Đã hủy phản ánh đang soạn.");
        assertThat(replies.get(1)).contains("1. Gửi phản ánh");
        assertThat(chat.state(user)).isEqualTo("MENU");
        assertThat(jdbc.queryForObject("select draft from zalo_conversation where user_id = ?", String.class, user))
                .isNull();
        assertThat(chat.say(user, "1")).singleElement().asString().contains("mô tả vấn đề");
        assertThat(jdbc.queryForObject("select count(*) from feedback_item", Long.class)).isEqualTo(items);
    }

    @Test
    void anInvalidPhoneIsExplainedInVietnameseAndTheDraftIsKeptUntilAValidOne() {
        String user = ZaloEvents.userId();
        chat.say(user, "1");
        chat.say(user, "Nước thải tràn ra đường Nguyễn Trãi");
        chat.say(user, "2");
        chat.say(user, "Đỗ Minh Châu");

        assertThat(chat.say(user, "12345")).containsExactly(
                "Số điện thoại không hợp lệ: cần số di động hoặc số cố định Việt Nam, ví dụ 0912 345 678.");
        assertThat(chat.state(user)).isEqualTo("PHONE");
        String phone = ConversationSupport.phone();
        assertThat(chat.say(user, phone)).singleElement().asString().contains("công khai");
        assertThat(chat.say(user, "2")).singleElement().asString().contains("Nước thải tràn ra đường Nguyễn Trãi",
                "Đỗ Minh Châu", phone);
    }

    @Test
    void aTooShortDescriptionIsRefusedWithTheIntakesRule() {
        String user = ZaloEvents.userId();
        chat.say(user, "1");
        assertThat(chat.say(user, "ổ gà")).containsExactly("Vui lòng mô tả nội dung phản ánh (ít nhất 10 ký tự).");
        assertThat(chat.state(user)).isEqualTo("DESCRIBE");
    }

    @Test
    void editGoesBackToTheDescriptionKeepingTheRest() {
        String phone = ConversationSupport.phone();
        String user = chat.draftToSummary(ZaloEvents.userId(), "Biển báo giao thông bị che khuất", phone);
        assertThat(chat.say(user, "sửa")).singleElement().asString().contains("gửi lại nội dung mô tả");
        chat.say(user, "Biển báo cấm rẽ trái ở ngã tư bị cây che khuất");
        chat.say(user, "2");
        assertThat(chat.say(user, "2")).singleElement().asString()
                .contains("Biển báo cấm rẽ trái ở ngã tư", "Trần Thị Bình", phone);
    }
}
