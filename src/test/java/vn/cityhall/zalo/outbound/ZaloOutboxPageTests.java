package vn.cityhall.zalo.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.zalo.fake.FakeEndpoint;
import vn.cityhall.zalo.fake.FakeFailure;

/** {@code /admin/zalo/outbox}: administrators see the backlog and the dead letters and send them again. */
class ZaloOutboxPageTests extends FakeZaloContext {

    private static final String CITIZEN = "2468458835296197922";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ZaloOutbox outbox;

    @Autowired
    ZaloOutboxWorker worker;

    @Autowired
    TransactionTemplate transactions;

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private long enqueue(String key, String text) {
        return transactions.execute(status -> outbox.enqueueText(key, ZaloRecipient.user(CITIZEN), text, 5L)).get(0);
    }

    @Test
    void onlySystemAdministratorsSeeTheOutbox() throws Exception {
        mvc.perform(get("/admin/zalo/outbox")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/zalo/outbox").with(as("chutich"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/zalo/outbox/1/resend").with(csrf()).with(as("tiepnhan")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/zalo/outbox").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kênh Zalo: tình trạng và hộp thư đi")));
        mvc.perform(get("/").with(as("admin"))).andExpect(content().string(containsString("href=\"/admin/zalo/outbox\"")));
        mvc.perform(get("/").with(as("chutich")))
                .andExpect(content().string(not(containsString("href=\"/admin/zalo/outbox\""))));
    }

    private long refusedToday() throws Exception {
        String page = mvc.perform(get("/admin/zalo/outbox").with(as("admin"))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("id=\"webhook-refused\">(\\d+)<").matcher(page);
        assertThat(shown.find()).as("the refused calls are on the page").isTrue();
        return Long.parseLong(shown.group(1));
    }

    @Test
    void showsTheWebhooksRefusedCallsOfTheLastDay() throws Exception {
        long before = refusedToday();
        mvc.perform(post("/zalo/webhook").contentType("application/json")
                        .header("X-ZEvent-Signature", "mac=" + "0".repeat(64))
                        .content("{\"app_id\":\"3608465249409039670\",\"event_name\":\"follow\",\"timestamp\":\"1718000100000\"}"))
                .andExpect(status().isUnauthorized());
        assertThat(refusedToday()).isEqualTo(before + 1);
        mvc.perform(get("/admin/zalo/outbox").with(as("admin")))
                .andExpect(content().string(containsString("Lời gọi bị từ chối trong 24 giờ qua")));
    }

    @Test
    void showsTheBacklogAndTheDeadLettersAndSendsOneAgain() throws Exception {
        zalo.inject(FakeFailure.error(FakeEndpoint.CS, 1, -201));
        long dead = enqueue("feedback.answered:5", "Trả lời phản ánh số 5");
        worker.drain();
        // The access token runs out and Zalo refuses the refresh once: the next message waits.
        jdbc.sql("update zalo_token set access_expires_at = :now").param("now", START.atOffset(java.time.ZoneOffset.UTC))
                .update();
        zalo.inject(FakeFailure.error(FakeEndpoint.OAUTH, 1, -14014));
        long waiting = enqueue("feedback.rating:5", "Đánh giá 1–5");
        worker.drain();
        assertThat(outbox.message(waiting).orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);

        mvc.perform(get("/admin/zalo/outbox").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("feedback.answered:5")))
                .andExpect(content().string(containsString("Trả lời phản ánh số 5")))
                .andExpect(content().string(containsString("Injected failure")))
                .andExpect(content().string(containsString("Bị từ chối")))
                .andExpect(content().string(not(containsString("feedback.rating:5"))))
                .andExpect(content().string(containsString("Không làm mới được mã truy cập Zalo")));

        mvc.perform(post("/admin/zalo/outbox/" + dead + "/resend").with(csrf()).with(as("admin")))
                .andExpect(redirectedUrl("/admin/zalo/outbox"))
                .andExpect(flash().attribute("notice", "Tin nhắn số " + dead + " đã được đưa lại vào hộp thư đi."));
        assertThat(outbox.message(dead).orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);
        clock.advance(java.time.Duration.ofMinutes(1));
        worker.drain();
        assertThat(outbox.message(dead).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
        assertThat(outbox.message(waiting).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
        mvc.perform(get("/admin/zalo/outbox").with(as("admin")))
                .andExpect(content().string(containsString("Không có tin nào cần xử lý")))
                .andExpect(content().string(not(containsString("Không làm mới được mã truy cập Zalo"))));
    }

    @Test
    void refusesToResendWhatIsNotDeadInBothLanguages() throws Exception {
        long waiting = enqueue("a", "Một");
        mvc.perform(post("/admin/zalo/outbox/" + waiting + "/resend").with(csrf()).with(as("admin")))
                .andExpect(flash().attribute("problem", "Tin nhắn số " + waiting
                        + " không ở trạng thái bị từ chối hoặc không gửi được nên không thể gửi lại."));
        mvc.perform(post("/admin/zalo/outbox/999999/resend").with(csrf()).with(as("admin")).param("lang", "en"))
                .andExpect(flash().attribute("problem", "There is no message no. 999999."));
        assertThat(outbox.message(waiting).orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);
    }
}
