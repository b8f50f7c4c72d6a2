package vn.cityhall.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import vn.cityhall.DatabaseTest;
import vn.cityhall.organization.People;
import vn.cityhall.organization.Units;

/** Only system administrators reach the organization administration; others get 403 and no menu entries. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class AdminAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Units units;

    @Autowired
    People people;

    private List<RequestBuilder> everyAdminRequest() {
        long unit = units.findByCode("00070").orElseThrow().id().value();
        long person = people.findByUsername("canbo.hoankiem").orElseThrow().id().value();
        return List.of(
                get("/admin/units"),
                get("/admin/units/{id}", unit),
                get("/admin/units/{id}/children", unit).header("HX-Request", "true"),
                get("/admin/units/new"),
                post("/admin/units/new").with(csrf()).param("code", "X1"),
                get("/admin/units/{id}/edit", unit),
                post("/admin/units/{id}/edit", unit).with(csrf()).param("code", "X1"),
                get("/admin/units/{id}/move", unit),
                post("/admin/units/{id}/move", unit).with(csrf()).param("parentCode", "01"),
                get("/admin/units/{id}/deactivate", unit),
                post("/admin/units/{id}/deactivate", unit).with(csrf()).param("endDate", "2026-01-01"),
                post("/admin/units/{id}/reactivate", unit).with(csrf()),
                get("/admin/people"),
                get("/admin/people/{id}", person),
                get("/admin/people/new"),
                post("/admin/people/new").with(csrf()).param("username", "intruder"),
                get("/admin/people/{id}/edit", person),
                post("/admin/people/{id}/edit", person).with(csrf()).param("fullName", "X"),
                get("/admin/people/{id}/password", person).param("ticket", "a.b"),
                post("/admin/people/{id}/deactivate", person).with(csrf()),
                post("/admin/people/{id}/reactivate", person).with(csrf()),
                post("/admin/people/{id}/reset-password", person).with(csrf()),
                post("/admin/people/{id}/unlock", person).with(csrf()),
                get("/admin/imports"),
                multipart("/admin/imports/preview").file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[] {'a'}))
                        .param("kind", "units").with(csrf()),
                get("/admin/imports/preview/{token}", "abc"),
                post("/admin/imports/confirm").with(csrf()).param("token", "abc"),
                post("/admin/imports/cancel").with(csrf()),
                post("/admin/imports/credentials").with(csrf()).param("ticket", "a.b"),
                get("/admin/imports/template/units.csv"),
                get("/admin/imports/template/people.csv"));
    }

    @Test
    @WithUserDetails("chutich")
    void aLeaderIsRefusedEveryAdministrationPageAndAction() throws Exception {
        for (RequestBuilder request : everyAdminRequest()) {
            mvc.perform(request).andExpect(status().isForbidden());
        }
    }

    @Test
    @WithUserDetails("canbo.hoankiem")
    void anOfficerIsRefusedEveryAdministrationPageAndAction() throws Exception {
        for (RequestBuilder request : everyAdminRequest()) {
            mvc.perform(request).andExpect(status().isForbidden());
        }
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/units")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/imports/template/units.csv")).andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorSeesTheThreeMenuEntries() throws Exception {
        String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("#app-nav a").eachAttr("href"))
                .containsSubsequence("/admin/units", "/admin/people", "/admin/imports");
    }

    @Test
    @WithUserDetails("chutich")
    void otherStaffDoNotSeeTheAdministrationMenu() throws Exception {
        String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("#app-nav a").eachAttr("href"))
                .doesNotContain("/admin/units", "/admin/people", "/admin/imports");
    }
}
