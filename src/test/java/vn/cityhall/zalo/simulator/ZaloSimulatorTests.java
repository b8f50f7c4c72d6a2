package vn.cityhall.zalo.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.DatabaseTest;
import vn.cityhall.feedback.FeedbackLevel;
import vn.cityhall.feedback.Handling;
import vn.cityhall.feedback.Screening;
import vn.cityhall.files.SampleFiles;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.zalo.fake.FakeMessage;
import vn.cityhall.zalo.fake.FakeZalo;
import vn.cityhall.zalo.outbound.ZaloOutbox;
import vn.cityhall.zalo.outbound.ZaloRecipient;

/**
 * The chat simulator end to end, in real time: the page's actions become signed webhook posts over HTTP, the
 * worker and the conversation answer through the outbox, the fake Zalo accepts the answers and posts receipts
 * back through the webhook. What the tester sees and what lands in the database are both checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "cityhall.zalo.fake.enabled=true",
        "cityhall.zalo.fake.receipts=true",
        "cityhall.zalo.fake.receipt-delay=50ms",
        "cityhall.zalo.outbox.automatic=true",
        "cityhall.zalo.outbox.poll-interval=200ms",
        "cityhall.zalo.retry-delay=500ms"})
@AutoConfigureMockMvc
@DatabaseTest
class ZaloSimulatorTests {

    private static final int PORT = freePort();
    private static final Pattern CITIZEN = Pattern.compile("/zalo/simulator/(\\d{19})");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void pointTheClientAtTheFake(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("cityhall.zalo.open-api-url", () -> "http://127.0.0.1:" + PORT + "/zalo-fake/openapi");
        registry.add("cityhall.zalo.oauth-url", () -> "http://127.0.0.1:" + PORT + "/zalo-fake/oauth");
        registry.add("cityhall.zalo.business-url", () -> "http://127.0.0.1:" + PORT + "/zalo-fake/business");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    FakeZalo zalo;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Screening screening;

    @Autowired
    ZaloOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Handling handling;

    private StaffUser staff(String username) {
        return (StaffUser) accounts.loadUserByUsername(username);
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from organization_unit where code = ?", Long.class, code);
    }

    private RequestPostProcessor operator() {
        return user(accounts.loadUserByUsername("tiepnhan"));
    }

    @Test
    void aCitizenSendsFeedbackWithAPhotoAndALocationFollowsItThroughTheWorkflowAndRatesTheAnswer() throws Exception {
        String phone = "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String citizen = newCitizen("Trần Thị Hoa", phone);
        awaitReply(citizen, "1. Gửi phản ánh");

        mvc.perform(multipart("/zalo/simulator/" + citizen + "/photo")
                .file(new MockMultipartFile("file", "o-ga.jpg", "image/jpeg", SampleFiles.jpeg(40, 30)))
                .with(operator()).with(csrf())).andExpect(status().is3xxRedirection());
        awaitReply(citizen, "Đã nhận 1 ảnh/tệp");
        act(citizen, "location", "place", "Ngã tư Lê Lợi", "latitude", "21.0285", "longitude", "105.8542");
        awaitReply(citizen, "Đã nhận vị trí.");
        say(citizen, "Mặt đường Lê Lợi có ổ gà lớn, xe máy dễ ngã");
        awaitReply(citizen, "1. Hạ tầng đô thị");
        say(citizen, "1");
        awaitReply(citizen, "họ và tên");
        await().atMost(WAIT).until(() -> zalo.messagesTo(citizen).stream()
                .anyMatch(message -> "request_user_info".equals(message.templateType())));
        mvc.perform(get("/zalo/simulator/" + citizen + "/chat").with(operator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Chia sẻ họ tên và số điện thoại")))
                .andExpect(content().string(containsString("action=\"/zalo/simulator/" + citizen + "/share\"")));
        act(citizen, "share", "name", "Trần Thị Hoa", "phoneNumber", phone);
        awaitReply(citizen, "công khai");
        say(citizen, "1");
        assertThat(awaitReply(citizen, "Trả lời \"1\"")).as("the phone Zalo shares as 84… is kept as typed")
                .contains("Điện thoại: " + phone);
        say(citizen, "1");
        String done = awaitReply(citizen, "Mã tra cứu: PA-");

        Matcher code = Pattern.compile("PA-\\d{4}-\\d{6}").matcher(done);
        assertThat(code.find()).isTrue();
        long item = jdbc.queryForObject("select id from feedback_item where code = ? and channel = 'ZALO'"
                + " and sender_name = 'Trần Thị Hoa' and sender_phone = ? and latitude = 21.0285", Long.class,
                code.group(), phone);
        assertThat(jdbc.queryForObject("select count(*) from feedback_photo where item_id = ?", Long.class, item))
                .as("the photo went through the fake's CDN into the file store").isOne();

        // The fake's delivery receipts reach the outbox through the webhook; showing the chat is reading it.
        await().atMost(WAIT).untilAsserted(() -> assertThat(statuses(citizen)).isNotEmpty()
                .allMatch(status -> status.equals("DELIVERED") || status.equals("SEEN")));
        mvc.perform(get("/zalo/simulator/" + citizen + "/chat").with(operator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã tra cứu: " + code.group())))
                .andExpect(content().string(containsString("data-direction=\"in\"")));
        await().atMost(WAIT).untilAsserted(() -> assertThat(statuses(citizen)).allMatch("SEEN"::equals));

        // The item goes through the real workflow; the citizen's phone receives each step, then rates the answer.
        String tracking = code.group();
        long division = unit("00070.KTHTDT");
        screening.accept(tracking, new Screening.Acceptance(jdbc.queryForObject("select category_id from"
                + " feedback_item where id = ?", Long.class, item), FeedbackLevel.NORMAL, unit("00070"), division,
                Set.of(), null), staff("tiepnhan"));
        awaitReply(citizen, "Phản ánh " + tracking + " đã được tiếp nhận");
        awaitReply(citizen, "Phản ánh " + tracking + " đã được chuyển đến");
        handling.submitAnswer(tracking, "Phường đã vá ổ gà trên đường Lê Lợi ngày hôm qua.", staff("canbo.hoankiem"));
        handling.decide(tracking, true, null, staff("chutich.hoankiem"));
        awaitReply(citizen, "Phường đã vá ổ gà trên đường Lê Lợi ngày hôm qua.");
        awaitReply(citizen, "Đánh giá 1–5");
        say(citizen, "5");
        await().atMost(WAIT).until(() -> Integer.valueOf(5).equals(jdbc.queryForObject(
                "select rating from feedback_item where id = ?", Integer.class, item)));

        // A message the citizen can no longer receive (outside Zalo's 7 days, no ZNS template) shows on the item.
        zalo.interacted(citizen, Instant.now().minus(Duration.ofDays(8)));
        transactions.executeWithoutResult(status -> outbox.enqueueText("test:late:" + item,
                ZaloRecipient.user(citizen), "Phường sẽ kiểm tra lại vào tuần sau.", item));
        await().atMost(WAIT).until(() -> statuses(citizen).contains("UNDELIVERABLE"));
        mvc.perform(get("/feedback/items/" + tracking).with(operator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tin nhắn gửi người phản ánh")))
                .andExpect(content().string(containsString("Phường đã vá ổ gà trên đường Lê Lợi ngày hôm qua.")))
                .andExpect(content().string(containsString("Đã xem")))
                .andExpect(content().string(containsString("Không gửi được")))
                .andExpect(content().string(containsString("-230")));
    }

    @Test
    void aRepeatedEventIsAnsweredOnceAndAForgedOneIsRefused() throws Exception {
        String citizen = newCitizen(null, null);
        awaitReply(citizen, "1. Gửi phản ánh");
        say(citizen, "menu");
        await().atMost(WAIT).until(() -> stored(citizen) == 2 && statuses(citizen).size() == 4
                && !statuses(citizen).contains("PENDING"));
        int replies = zalo.messagesTo(citizen).size();
        assertThat(replies).as("greeting and menu, twice").isEqualTo(4);
        long refusals = jdbc.queryForObject("select count(*) from zalo_webhook_rejection", Long.class);

        act(citizen, "event", "kind", "again");
        act(citizen, "event", "kind", "again");
        act(citizen, "forged", "text", "Chuyển khoản cho tôi");
        mvc.perform(get("/zalo/simulator/" + citizen).with(operator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Gửi lại · webhook 200, không xử lý lại")))
                .andExpect(content().string(containsString("Chữ ký sai · webhook từ chối (401)")));

        Thread.sleep(2000); // longer than the worker's settle time: a duplicate would have been answered by now
        assertThat(stored(citizen)).isEqualTo(2);
        assertThat(zalo.messagesTo(citizen)).hasSize(replies);
        assertThat(jdbc.queryForObject("select count(*) from zalo_webhook_rejection", Long.class))
                .isEqualTo(refusals + 1);
        assertThat(jdbc.queryForObject("select count(*) from zalo_inbound_event where raw_body like ?",
                Long.class, "%Chuyển khoản cho tôi%")).isZero();
    }

    @Test
    void repliesWaitInTheOutboxWhileZaloIsDownAndArriveOnceItIsBack() throws Exception {
        String citizen = newCitizen(null, null);
        awaitReply(citizen, "1. Gửi phản ánh");
        mvc.perform(post("/zalo/simulator/outage").param("on", "true").param("back", citizen).with(operator())
                .with(csrf())).andExpect(status().is3xxRedirection());
        try {
            int before = zalo.messagesTo(citizen).size();
            say(citizen, "menu");
            await().atMost(WAIT).until(() -> statuses(citizen).stream().filter("PENDING"::equals).count() == 2);
            mvc.perform(get("/zalo/simulator/" + citizen + "/chat").with(operator()))
                    .andExpect(content().string(containsString("2 tin trả lời đang chờ trong hộp thư đi.")));
            assertThat(zalo.messagesTo(citizen)).hasSize(before);

            mvc.perform(post("/zalo/simulator/outage").param("on", "false").with(operator()).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            await().atMost(WAIT).until(() -> !statuses(citizen).contains("PENDING"));
            Thread.sleep(1000);
            assertThat(zalo.messagesTo(citizen)).as("each waiting reply arrives once").hasSize(before + 2);
        } finally {
            zalo.outage(false);
        }
    }

    @Test
    void badInputIsRefusedAndOnlyOperatorsAndAdministratorsMayUseTheSimulator() throws Exception {
        String citizen = newCitizen(null, null);
        int sent = zalo.messagesTo(citizen).size();
        mvc.perform(post("/zalo/simulator/" + citizen + "/location").param("latitude", "91").param("longitude", "105")
                .with(operator()).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getFlashMap().get("problem")).asString()
                        .contains("Vĩ độ phải từ -90 đến 90"));
        mvc.perform(post("/zalo/simulator/" + citizen + "/share").param("name", "An").param("phoneNumber", "12345")
                .with(operator()).with(csrf())).andExpect(result -> assertThat(result.getFlashMap().get("problem"))
                        .asString().contains("Số điện thoại không hợp lệ"));
        assertThat(zalo.messagesTo(citizen)).hasSize(sent);

        mvc.perform(get("/zalo/simulator").with(user(accounts.loadUserByUsername("canbo.hoankiem"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/zalo/simulator").with(user(accounts.loadUserByUsername("admin")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/zalo/simulator/" + citizen)));
        mvc.perform(get("/zalo/simulator/1234567890123456789").with(operator())).andExpect(status().isNotFound());
    }

    private String newCitizen(String name, String phone) throws Exception {
        String location = mvc.perform(post("/zalo/simulator").param("name", name == null ? "" : name)
                .param("phoneNumber", phone == null ? "" : phone).with(operator()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Matcher matcher = CITIZEN.matcher(String.valueOf(location));
        assertThat(matcher.find()).as(location).isTrue();
        return matcher.group(1);
    }

    private void say(String citizen, String text) throws Exception {
        act(citizen, "text", "text", text);
    }

    private void act(String citizen, String action, String... params) throws Exception {
        var request = post("/zalo/simulator/" + citizen + "/" + action).with(operator()).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getFlashMap().get("problem")).isNull());
    }

    /** Waits for a message to the citizen containing {@code text}, as the fake Zalo accepted it, and returns it. */
    private String awaitReply(String citizen, String text) {
        return await().atMost(WAIT).until(() -> zalo.messagesTo(citizen).stream().map(FakeMessage::text)
                .filter(message -> message.contains(text)).findFirst().orElse(null), found -> found != null);
    }

    private List<String> statuses(String citizen) {
        return jdbc.queryForList("select status from zalo_outbox where user_id = ? order by id", String.class, citizen);
    }

    /** The citizen's own events stored by the webhook (receipts and echoes left out). */
    private long stored(String citizen) {
        return jdbc.queryForObject("select count(*) from zalo_inbound_event where user_id = ? and event_name in"
                + " ('follow', 'user_send_text') and status <> 'PENDING'", Long.class, citizen);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
