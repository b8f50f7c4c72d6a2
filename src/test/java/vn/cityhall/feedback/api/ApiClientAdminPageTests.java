package vn.cityhall.feedback.api;

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

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.cityhall.DatabaseTest;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class ApiClientAdminPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiKeys keys;

    @Autowired
    ApiClients clients;

    @Autowired
    UserDetailsService accounts;

    @Test
    void onlySystemAdministratorsManageApiClients() throws Exception {
        mvc.perform(get("/admin/api-clients")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/api-clients").with(as("chutich"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/api-clients").with(as("tiepnhan"))).andExpect(status().isForbidden());
        long before = clients.count();
        mvc.perform(post("/admin/api-clients").with(csrf()).with(as("tiepnhan")).param("name", "Lén lút"))
                .andExpect(status().isForbidden());
        assertThat(clients.count()).isEqualTo(before);
        mvc.perform(get("/admin/api-clients").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Khóa API cho hệ thống khác")));
        mvc.perform(get("/").with(as("admin"))).andExpect(content().string(containsString("href=\"/admin/api-clients\"")));
        mvc.perform(get("/").with(as("chutich")))
                .andExpect(content().string(not(containsString("href=\"/admin/api-clients\""))));
    }

    @Test
    void issuingShowsTheKeyOnceAndTheListOnlyItsPrefix() throws Exception {
        String html = mvc.perform(post("/admin/api-clients").with(csrf()).with(as("admin")).param("name", "Ứng dụng iHanoi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã cấp khóa cho „Ứng dụng iHanoi“")))
                .andReturn().getResponse().getContentAsString();
        String key = Jsoup.parse(html).getElementById("issued-key").text();

        assertThat(keys.authenticate(key)).hasValueSatisfying(client -> assertThat(client.name()).isEqualTo("Ứng dụng iHanoi"));
        mvc.perform(get("/admin/api-clients").with(as("admin")))
                .andExpect(content().string(not(containsString(key))))
                .andExpect(content().string(not(containsString("issued-key"))))
                .andExpect(content().string(containsString(key.substring(0, 8) + "…")));
    }

    @Test
    void aClientWithoutANameIsRefusedOnTheForm() throws Exception {
        long before = clients.count();
        mvc.perform(post("/admin/api-clients").with(csrf()).with(as("admin")).param("name", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập tên hệ thống được cấp khóa.")))
                .andExpect(content().string(not(containsString("issued-key"))));
        mvc.perform(post("/admin/api-clients").with(csrf()).with(as("admin")).param("name", "").param("lang", "en"))
                .andExpect(content().string(containsString("Please give the name of the system the key is for.")));
        assertThat(clients.count()).isEqualTo(before);
    }

    @Test
    void revokingStopsTheKey() throws Exception {
        ApiKeys.IssuedKey issued = keys.issue("Cổng thử nghiệm");
        mvc.perform(post("/admin/api-clients/" + issued.client().id() + "/revoke").with(csrf()).with(as("chutich")))
                .andExpect(status().isForbidden());
        assertThat(keys.authenticate(issued.key())).isPresent();

        mvc.perform(post("/admin/api-clients/" + issued.client().id() + "/revoke").with(csrf()).with(as("admin")))
                .andExpect(redirectedUrl("/admin/api-clients"))
                .andExpect(flash().attribute("notice", "Đã thu hồi khóa của „Cổng thử nghiệm“."));

        assertThat(keys.authenticate(issued.key())).isEmpty();
        mvc.perform(post("/admin/api-clients/" + issued.client().id() + "/revoke").with(csrf()).with(as("admin")))
                .andExpect(flash().attribute("problem", containsString("đã được thu hồi trước đó")));
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
