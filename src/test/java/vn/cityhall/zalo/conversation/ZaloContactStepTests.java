package vn.cityhall.zalo.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.cityhall.DatabaseTest;
import vn.cityhall.zalo.webhook.WebhookDriver;
import vn.cityhall.zalo.webhook.ZaloEvents;

/** The contact step: Zalo's request_user_info card and its answer, or the name and phone typed. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@Import(WebhookDriver.class)
class ZaloContactStepTests {

    @Autowired
    WebhookDriver driver;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    MockMvc mvc;

    ConversationSupport chat;

    @BeforeEach
    void setUp() {
        chat = new ConversationSupport(driver, jdbc, json);
    }

    /** A new user's draft up to the contact step; returns the replies to the category. */
    private List<String> toContactStep(String user, String text) {
        chat.say(user, "1");
        chat.say(user, text);
        return chat.say(user, "0");
    }

    @Test
    void reachingTheContactStepQueuesTheUserInfoCardThenTheTextPrompt() throws Exception {
        String user = ZaloEvents.userId();
        List<String> replies = toContactStep(user, "Vỉa hè phố Hàng Bông bị lấn chiếm bán hàng");

        assertThat(chat.kinds(user).subList(chat.kinds(user).size() - 2, chat.kinds(user).size()))
                .containsExactly("USER_INFO", "TEXT");
        assertThat(replies.get(0)).as("staff read the card's title and subtitle")
                .isEqualTo("Ủy ban nhân dân thành phố Hà Nội – Phản ánh, kiến nghị\n"
                        + "Chia sẻ họ tên và số điện thoại để cơ quan liên hệ khi cần");
        assertThat(replies.get(1)).contains("\"Họ tên, số điện thoại\"", "Nguyễn Văn An, 0912 345 678");
        JsonNode card = chat.cards(user).get(0);
        assertThat(card.get("title").asString()).isEqualTo("Ủy ban nhân dân thành phố Hà Nội – Phản ánh, kiến nghị");
        assertThat(card.get("subtitle").asString()).isEqualTo("Chia sẻ họ tên và số điện thoại để cơ quan liên hệ khi cần");
        assertThat(card.get("imageUrl").asString()).isEqualTo("http://localhost:8080/img/zalo-contact.png");
        mvc.perform(get("/img/zalo-contact.png")).andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
        assertThat(chat.state(user)).isEqualTo("NAME");
    }

    @Test
    void theDetailsSharedThroughTheCardFillTheDraft() {
        String user = ZaloEvents.userId();
        String phone = ConversationSupport.phone();
        toContactStep(user, "Vỉa hè phố Hàng Bông bị lấn chiếm bán hàng");
        List<String> replies = chat.deliver(user, ZaloEvents.submitInfo(user, ConversationSupport.ts(),
                "{\"name\":\"Vũ Thị Dung\",\"phone\":\"84" + phone.substring(1) + "\"}"));
        assertThat(replies.get(0)).isEqualTo("Đã nhận họ tên và số điện thoại bạn chia sẻ.");
        assertThat(replies.get(1)).contains("công khai");
        assertThat(chat.say(user, "1")).singleElement().asString().contains("Vũ Thị Dung", "Điện thoại: " + phone);
        assertThat(chat.cards(user)).as("one card per contact step").hasSize(1);
    }

    @Test
    void aNameAndAPhoneTypedTogetherAreBothTakenAfterTheIntakesChecks() {
        String user = ZaloEvents.userId();
        String phone = ConversationSupport.phone();
        toContactStep(user, "Biển quảng cáo sắp đổ trên phố Tràng Tiền");

        assertThat(chat.say(user, "Hoàng Văn Nam, " + phone)).singleElement().asString().contains("công khai");
        assertThat(chat.say(user, "2")).singleElement().asString().contains("Họ tên: Hoàng Văn Nam",
                "Điện thoại: " + phone);
    }

    @Test
    void aTypedPhoneThatIsRefusedKeepsTheNameAndAsksForThePhoneAgain() {
        String user = ZaloEvents.userId();
        toContactStep(user, "Cống thoát nước bị tắc ở ngõ 8 phố Hàng Gà");

        assertThat(chat.say(user, "Ngô Thị Lan; 12345")).containsExactly(
                "Số điện thoại không hợp lệ: cần số di động hoặc số cố định Việt Nam, ví dụ 0912 345 678.");
        assertThat(chat.state(user)).isEqualTo("PHONE");
        String phone = ConversationSupport.phone();
        assertThat(chat.say(user, phone)).singleElement().asString().contains("công khai");
        assertThat(chat.say(user, "1")).singleElement().asString().contains("Họ tên: Ngô Thị Lan",
                "Điện thoại: " + phone);
    }
}
