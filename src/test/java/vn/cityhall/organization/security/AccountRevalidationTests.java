package vn.cityhall.organization.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.cityhall.organization.security.TestAccounts.PASSWORD;
import static vn.cityhall.organization.security.TestAccounts.freshAddress;
import static vn.cityhall.organization.security.TestAccounts.signIn;

import java.util.EnumSet;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.cityhall.DatabaseTest;
import vn.cityhall.organization.Role;

/** An administrator's change to an account reaches its open sessions at the next request. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class AccountRevalidationTests {

    @Autowired
    MockMvc mvc;

    TestAccounts accounts;

    @Autowired
    void accounts(ApplicationContext context) {
        accounts = TestAccounts.of(context);
    }

    @Test
    void deactivatingAPersonEndsTheirOpenSessionAtOnce() throws Exception {
        String username = accounts.create("revalidate.off");
        MockHttpSession session = new MockHttpSession();
        String address = freshAddress();
        signIn(mvc, session, address, username, PASSWORD);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        accounts.update(username, person -> person.deactivate());

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?ended"));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/login").param("ended", ""))
                .andExpect(content().string(Matchers.containsString("không còn hoạt động")));
    }

    @Test
    void deactivatedPersonsApiAndHtmxRequestsAreRefusedToo() throws Exception {
        String username = accounts.create("revalidate.api");
        MockHttpSession api = new MockHttpSession();
        MockHttpSession htmx = new MockHttpSession();
        signIn(mvc, api, freshAddress(), username, PASSWORD);
        signIn(mvc, htmx, freshAddress(), username, PASSWORD);
        mvc.perform(get("/").session(api)).andExpect(status().isOk());
        mvc.perform(get("/").session(htmx)).andExpect(status().isOk());

        accounts.update(username, person -> person.deactivate());

        mvc.perform(get("/api/v1/calendar/2026").session(api)).andExpect(status().isUnauthorized());
        mvc.perform(get("/").header("HX-Request", "true").session(htmx))
                .andExpect(status().isNoContent())
                .andExpect(header().string("HX-Redirect", "/login?ended"));
    }

    @Test
    void grantedAndRevokedRolesApplyToTheNextRequest() throws Exception {
        String username = accounts.create("revalidate.roles");
        MockHttpSession session = new MockHttpSession();
        signIn(mvc, session, freshAddress(), username, PASSWORD);
        mvc.perform(get("/admin/units").session(session)).andExpect(status().isForbidden());

        accounts.update(username, person -> person.assignRoles(EnumSet.of(Role.OFFICER, Role.SYSTEM_ADMIN)));
        mvc.perform(get("/admin/units").session(session)).andExpect(status().isOk());

        accounts.update(username, person -> person.assignRoles(Set.of(Role.OFFICER)));
        mvc.perform(get("/admin/units").session(session)).andExpect(status().isForbidden());
    }
}
