package vn.cityhall.organization.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.cityhall.organization.security.TestAccounts.PASSWORD;
import static vn.cityhall.organization.security.TestAccounts.freshAddress;
import static vn.cityhall.organization.security.TestAccounts.signIn;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.cityhall.DatabaseTest;
import vn.cityhall.organization.Role;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class PasswordControllerTests {

    private static final String NEW_PASSWORD = "Ho-Guom-2026-moi";

    @Autowired
    MockMvc mvc;

    TestAccounts accounts;

    @Autowired
    void accounts(org.springframework.context.ApplicationContext context) {
        accounts = TestAccounts.of(context);
    }

    @Autowired
    PasswordEncoder encoder;

    private MockHttpSession signedIn(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        signIn(mvc, session, freshAddress(), username, PASSWORD);
        return session;
    }

    private static MockHttpServletRequestBuilder change(MockHttpSession session, String current, String fresh,
            String confirm) {
        return post("/account/password").session(session).with(csrf())
                .param("currentPassword", current).param("newPassword", fresh).param("confirmPassword", confirm);
    }

    @Test
    void showsTheForm() throws Exception {
        MockHttpSession session = signedIn(accounts.create("mk.xem"));
        mvc.perform(get("/account/password").session(session))
                .andExpect(status().isOk())
                .andExpect(view().name("account/password"))
                .andExpect(content().string(containsString("Mật khẩu hiện tại")))
                .andExpect(content().string(containsString("Ít nhất 10 ký tự")))
                .andExpect(content().string(not(containsString("Mật khẩu của bạn do quản trị viên đặt."))));
    }

    @Test
    void changesThePasswordKeepsTheSessionAndConfirms() throws Exception {
        String username = accounts.create("mk.doi");
        MockHttpSession session = signedIn(username);
        mvc.perform(change(session, PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
                .andExpect(redirectedUrl("/account/password"))
                .andExpect(flash().attribute("changed", true));
        mvc.perform(get("/account/password").session(session).flashAttr("changed", true))
                .andExpect(content().string(containsString("Đã đổi mật khẩu.")));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        assertThat(encoder.matches(NEW_PASSWORD, accounts.find(username).passwordHash())).isTrue();

        var oldPassword = signIn(mvc, new MockHttpSession(), freshAddress(), username, PASSWORD);
        assertThat(oldPassword.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        var newPassword = signIn(mvc, new MockHttpSession(), freshAddress(), username, NEW_PASSWORD);
        assertThat(newPassword.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void releasesAnAccountThatHadToChangeItsPassword() throws Exception {
        String username = accounts.create("mk.batbuoc", Set.of(Role.OFFICER), true);
        MockHttpSession session = signedIn(username);
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(change(session, PASSWORD, NEW_PASSWORD, NEW_PASSWORD)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        assertThat(accounts.find(username).mustChangePassword()).isFalse();
    }

    @Test
    void rejectsAWrongCurrentPasswordAndChangesNothing() throws Exception {
        String username = accounts.create("mk.sai");
        MockHttpSession session = signedIn(username);
        String hash = accounts.find(username).passwordHash();
        mvc.perform(change(session, "Khong-Dung-123", NEW_PASSWORD, NEW_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(view().name("account/password"))
                .andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")))
                .andExpect(content().string(not(containsString("Khong-Dung-123"))))
                .andExpect(content().string(not(containsString(NEW_PASSWORD))));
        assertThat(accounts.find(username).passwordHash()).isEqualTo(hash);
    }

    @Test
    void showsEveryPolicyViolationAsAFieldError() throws Exception {
        String username = accounts.create("mk.yeu");
        MockHttpSession session = signedIn(username);
        String hash = accounts.find(username).passwordHash();
        mvc.perform(change(session, PASSWORD, "abc", "abd"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự.")))
                .andExpect(content().string(containsString("Mật khẩu phải có cả chữ và số.")))
                .andExpect(content().string(containsString("Hai lần nhập mật khẩu mới không khớp nhau.")))
                .andExpect(content().string(containsString("id=\"error-newPassword\"")))
                .andExpect(content().string(containsString("id=\"error-confirmPassword\"")))
                .andExpect(content().string(not(containsString(PASSWORD))))
                .andExpect(content().string(not(containsString("value=\"abc\""))));
        mvc.perform(change(session, PASSWORD, PASSWORD, PASSWORD))
                .andExpect(content().string(containsString("Mật khẩu mới phải khác mật khẩu hiện tại.")));
        mvc.perform(change(session, "", "", ""))
                .andExpect(content().string(containsString("Vui lòng nhập mật khẩu hiện tại.")))
                .andExpect(content().string(containsString("Vui lòng nhập mật khẩu.")));
        assertThat(accounts.find(username).passwordHash()).isEqualTo(hash);
    }

    @Test
    void showsFieldErrorsInEnglish() throws Exception {
        MockHttpSession session = signedIn(accounts.create("mk.en"));
        mvc.perform(change(session, PASSWORD, "short", "short").param("lang", "en"))
                .andExpect(content().string(containsString("The password must have at least 10 characters.")));
    }

    @Test
    void refusesAChangeWithoutTheCsrfToken() throws Exception {
        String username = accounts.create("mk.csrf");
        MockHttpSession session = signedIn(username);
        String hash = accounts.find(username).passwordHash();
        mvc.perform(post("/account/password").session(session).param("currentPassword", PASSWORD)
                .param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(status().isForbidden());
        assertThat(accounts.find(username).passwordHash()).isEqualTo(hash);
    }
}
