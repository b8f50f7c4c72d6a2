package vn.cityhall.zalo.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.cityhall.DatabaseTest;
import vn.cityhall.zalo.webhook.WebhookDriver;
import vn.cityhall.zalo.webhook.ZaloEvents;

/** Operators read a citizen's Zalo conversation, in and out; each view is audited; others may not. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@Import(WebhookDriver.class)
class TranscriptPageTests {

    @Autowired
    WebhookDriver driver;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private long viewsOf(String citizen) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'zalo.conversation.viewed'"
                + " and target_id = ?", Long.class, citizen);
    }

    @Test
    void anOperatorReadsWhatTheCitizenWroteAndWhatTheOaAnsweredAndTheViewIsAudited() throws Exception {
        String citizen = ZaloEvents.userId();
        driver.send(citizen, ZaloEvents.text(citizen, ZaloEvents.msgId(), System.currentTimeMillis(),
                "Đèn đường ngõ 12 Hàng Bông hỏng ba hôm nay"));
        long viewed = viewsOf(citizen);

        mvc.perform(get("/zalo/conversations").with(as("tiepnhan"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/zalo/conversations/" + citizen)));
        mvc.perform(get("/zalo/conversations").param("q", citizen.substring(0, 12)).with(as("tiepnhan")))
                .andExpect(content().string(containsString(citizen)));
        mvc.perform(get("/zalo/conversations/" + citizen).with(as("tiepnhan"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đèn đường ngõ 12 Hàng Bông hỏng ba hôm nay")))
                .andExpect(content().string(containsString("data-direction=\"out\"")));

        assertThat(viewsOf(citizen)).isEqualTo(viewed + 1);
    }

    @Test
    void officersOfAUnitMayNotReadConversationsAndUnknownUsersAreNotFound() throws Exception {
        mvc.perform(get("/zalo/conversations").with(as("canbo.hoankiem"))).andExpect(status().isForbidden());
        mvc.perform(get("/zalo/conversations/123").with(as("canbo.hoankiem"))).andExpect(status().isForbidden());
        mvc.perform(get("/zalo/conversations/404404404").with(as("tiepnhan"))).andExpect(status().isNotFound());
        mvc.perform(get("/").with(as("canbo.hoankiem")))
                .andExpect(content().string(not(containsString("href=\"/zalo/conversations\""))));
    }
}
