package vn.cityhall.organization.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.cityhall.organization.security.TestAccounts.PASSWORD;
import static vn.cityhall.organization.security.TestAccounts.freshAddress;
import static vn.cityhall.organization.security.TestAccounts.signIn;

import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;
import vn.cityhall.DatabaseTest;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class SecurityHeadersTests {

    @Autowired
    MockMvc mvc;

    TestAccounts accounts;

    @Autowired
    void accounts(org.springframework.context.ApplicationContext context) {
        accounts = TestAccounts.of(context);
    }

    @Test
    void sendsTheSecurityHeadersOnEveryPage() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("Permissions-Policy", containsString("camera=()")))
                .andExpect(header().string("Permissions-Policy", containsString("microphone=()")))
                .andExpect(header().string("Permissions-Policy", containsString("geolocation=(self)")));
    }

    @Test
    void sendsStrictTransportSecurityOnlyOverHttps() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        mvc.perform(get("/login").secure(false))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void refusesAPostWithoutTheCsrfTokenAndAcceptsTheHtmxHeader() throws Exception {
        MockHttpSession session = new MockHttpSession();
        signIn(mvc, session, freshAddress(), accounts.create("csrf"), PASSWORD);
        String body = mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString();
        String hxHeaders = Jsoup.parse(body).body().attr("hx-headers");
        Map<?, ?> headers = JsonMapper.builder().build().readValue(hxHeaders, Map.class);
        assertThat(headers.containsKey("X-CSRF-TOKEN")).isTrue();
        String token = (String) headers.get("X-CSRF-TOKEN");

        mvc.perform(post("/account/password").session(session).header("HX-Request", "true")
                .param("currentPassword", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/password").session(session).header("HX-Request", "true")
                .header("X-CSRF-TOKEN", "not-the-token").param("currentPassword", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/password").session(session).header("HX-Request", "true")
                .header("X-CSRF-TOKEN", token).param("currentPassword", "x"))
                .andExpect(status().isOk());
    }

    @Test
    void refusesTheLoginFormWithoutTheCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", "whatever"))
                .andExpect(status().isForbidden());
    }
}
