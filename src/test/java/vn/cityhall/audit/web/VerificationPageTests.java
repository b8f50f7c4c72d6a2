package vn.cityhall.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.cityhall.DatabaseTest;

/** The verification page (button, htmx result) and the JSON endpoint, and who may use them. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class VerificationPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void thePageOffersTheCheckWithoutRunningIt() throws Exception {
        String html = mvc.perform(get("/admin/audit/verification"))
                .andExpect(status().isOk())
                .andExpect(view().name("audit/verification"))
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.selectFirst("form[method=post][action=/admin/audit/verification]").attr("hx-post"))
                .isEqualTo("/admin/audit/verification");
        assertThat(page.selectFirst("form input[name=_csrf]")).isNotNull();
        assertThat(page.selectFirst("#verification-result").children()).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void runningTheCheckWithoutJavaScriptShowsTheWholePageWithTheResult() throws Exception {
        String html = mvc.perform(post("/admin/audit/verification").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("audit/verification"))
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.selectFirst("#verification-result").text()).contains("Nhật ký toàn vẹn: đã kiểm tra");
        assertThat(page.selectFirst("#verification-result code.audit-hash").text()).matches("[0-9a-f]{64}");
    }

    @Test
    @WithUserDetails("admin")
    void runningTheCheckWithHtmxReturnsOnlyTheResultAndRecordsTheCheck() throws Exception {
        mvc.perform(post("/admin/audit/verification").with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name("audit/verificationResult"))
                .andExpect(content().string(containsString("Nhật ký toàn vẹn: đã kiểm tra")))
                .andExpect(content().string(not(containsString("<html"))));

        String detail = jdbc.queryForObject("select detail from audit_entry where action = 'audit.chain.verified' "
                + "and actor_username = 'admin' order by sequence_number desc limit 1", String.class);
        assertThat(detail).matches("intact, \\d+ entries up to \\d+");
    }

    @Test
    @WithUserDetails("admin")
    void runningTheCheckWithoutACsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/audit/verification")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("admin")
    void theJsonEndpointReportsAnIntactChain() throws Exception {
        mvc.perform(get("/api/v1/admin/audit/verification"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.entries").isNumber())
                .andExpect(jsonPath("$.lastHash", matchesPattern("[0-9a-f]{64}")))
                .andExpect(jsonPath("$.firstProblem").doesNotExist());
    }

    @Test
    @WithUserDetails("vanthu")
    void otherStaffAreRefusedThePageTheCheckAndTheEndpoint() throws Exception {
        mvc.perform(get("/admin/audit/verification")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/audit/verification").with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/audit/verification")).andExpect(status().isForbidden());
    }

    @Test
    void anonymousCallersOfTheEndpointGetUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/admin/audit/verification")).andExpect(status().isUnauthorized());
    }
}
