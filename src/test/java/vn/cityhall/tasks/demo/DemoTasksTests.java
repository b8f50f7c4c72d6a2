package vn.cityhall.tasks.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.cityhall.DatabaseTest;

/** The demo as a visitor finds it on first start: an overdue task in the officer's, leader's and assigner's bells, a filled dashboard. */
@SpringBootTest(properties = {"cityhall.demo.tasks=true", "cityhall.tasks.reminders.enabled=true",
    "cityhall.tasks.reminders.interval=15m"})
@AutoConfigureMockMvc
@DatabaseTest
class DemoTasksTests {

    private static final String OVERDUE = "Kiểm tra, xử lý lấn chiếm vỉa hè phố Hàng Bông";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void theOverdueDemoTaskIsInEveryBellAndTheDashboardHasHistory() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from tasks_task", Long.class))
                .isEqualTo(DemoTaskSet.all().size());
        mvc.perform(get("/tasks").param("focus", "overdue").with(as("canbo.hoankiem")))
                .andExpect(content().string(containsString(OVERDUE)));
        for (String username : new String[] {"canbo.hoankiem", "chutich.hoankiem"}) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/notifications")
                    .with(as(username))).andExpect(content().string(containsString(OVERDUE))));
        }
        String dashboard = mvc.perform(get("/dashboard").param("from", "2000-01").with(as("chutich")))
                .andReturn().getResponse().getContentAsString();
        assertThat(figure(dashboard, "doneOnTime")).isPositive();
        assertThat(figure(dashboard, "doneLate")).isPositive();
        assertThat(figure(dashboard, "overdue")).isPositive();
    }

    private static long figure(String html, String name) {
        Matcher matcher = Pattern.compile("data-figure=\"" + name + "\">([0-9.]+)<").matcher(html);
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1).replace(".", ""));
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
