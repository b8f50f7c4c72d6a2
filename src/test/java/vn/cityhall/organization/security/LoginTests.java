package vn.cityhall.organization.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.cityhall.organization.security.TestAccounts.PASSWORD;
import static vn.cityhall.organization.security.TestAccounts.freshAddress;
import static vn.cityhall.organization.security.TestAccounts.loginPage;
import static vn.cityhall.organization.security.TestAccounts.signIn;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import vn.cityhall.DatabaseTest;
import vn.cityhall.organization.Person;
import vn.cityhall.organization.security.DemoPassword;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@RecordApplicationEvents
class LoginTests {

    private static final String WRONG = "Tên đăng nhập hoặc mật khẩu không đúng.";
    private static final String LOCKED = "Tài khoản đã bị tạm khóa do nhập sai mật khẩu quá nhiều lần, đến ";

    @Autowired
    MockMvc mvc;

    TestAccounts accounts;

    @Autowired
    void accounts(org.springframework.context.ApplicationContext context) {
        accounts = TestAccounts.of(context);
    }

    @Test
    void showsTheVietnameseLoginPageWithoutProviderButtonsByDefault() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(view().name("security/login"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"vi\">")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tên đăng nhập")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("/oauth2/authorization/"))));
    }

    @Test
    void signsInWithTheRightPasswordAndRenewsTheSessionId(ApplicationEvents events) throws Exception {
        String username = accounts.create("dangnhap");
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        var result = signIn(mvc, session, freshAddress(), username, PASSWORD);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(session.getId()).as("session fixation protection").isNotEqualTo(before);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        assertThat(events.stream(AuthenticationSuccessEvent.class)
                .filter(event -> event.getAuthentication().getName().equals(username))).hasSize(1);
    }

    @Test
    void saysTheSameForAWrongPasswordAndAnUnknownUser(ApplicationEvents events) throws Exception {
        String username = accounts.create("sai");
        String address = freshAddress();
        MockHttpSession session = new MockHttpSession();
        var result = signIn(mvc, session, address, username, "Wrong-password-1");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        String wrongPassword = loginPage(mvc, session, address);
        signIn(mvc, session, address, "khong.ton.tai.9f8e", "Wrong-password-1");
        String unknownUser = loginPage(mvc, session, address);
        assertThat(wrongPassword).contains(WRONG).doesNotContain("Wrong-password-1");
        assertThat(unknownUser).contains(WRONG);
        assertThat(accounts.find(username).failedLogins()).isEqualTo(1);
        assertThat(events.stream(AuthenticationFailureBadCredentialsEvent.class)).hasSizeGreaterThanOrEqualTo(2);
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
    }

    /** The acceptance check of issue 2: ten wrong passwords lock the account with a clear message. */
    @Test
    void tenWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt(ApplicationEvents events) throws Exception {
        String username = "canbo.hoankiem";
        String address = freshAddress();
        MockHttpSession session = new MockHttpSession();
        try {
            for (int attempt = 1; attempt <= 9; attempt++) {
                signIn(mvc, session, address, username, "Sai-mat-khau-" + attempt);
                assertThat(loginPage(mvc, session, address)).as("attempt %d", attempt).contains(WRONG);
            }
            signIn(mvc, session, address, username, "Sai-mat-khau-10");
            Person locked = accounts.find(username);
            assertThat(locked.isLocked(java.time.Instant.now())).isTrue();
            String until = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
                    .format(locked.lockedUntil().atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
            assertThat(loginPage(mvc, session, address)).contains(LOCKED + until + " (giờ Hà Nội)")
                    .contains("liên hệ quản trị viên để được mở khóa");

            var eleventh = signIn(mvc, session, address, username, DemoPassword.VALUE);
            assertThat(eleventh.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
            assertThat(loginPage(mvc, session, address)).contains(LOCKED + until);
            mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
            assertThat(events.stream(AuthenticationFailureLockedEvent.class)).isNotEmpty();
        } finally {
            accounts.update(username, Person::unlock);
        }
        MockHttpSession fresh = new MockHttpSession();
        var afterUnlock = signIn(mvc, fresh, address, username, DemoPassword.VALUE);
        assertThat(afterUnlock.getResponse().getRedirectedUrl()).isEqualTo("/");
        mvc.perform(get("/").session(fresh)).andExpect(status().isOk());
        assertThat(accounts.find(username).failedLogins()).isZero();
    }

    @Test
    void showsTheLockMessageInEnglishToo() throws Exception {
        String username = accounts.create("khoa");
        accounts.update(username, person -> person.recordFailedLogin(java.time.Instant.now(), 1,
                java.time.Duration.ofMinutes(15)));
        String address = freshAddress();
        MockHttpSession session = new MockHttpSession();
        signIn(mvc, session, address, username, PASSWORD);
        String page = mvc.perform(get("/login").param("lang", "en").session(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("This account is locked after too many wrong passwords, until ")
                .contains("ask an administrator to unlock it");
    }

    @Test
    void tellsADeactivatedAccountOnlyAfterTheRightPassword() throws Exception {
        String username = accounts.create("nghi");
        accounts.update(username, Person::deactivate);
        String address = freshAddress();
        MockHttpSession session = new MockHttpSession();
        signIn(mvc, session, address, username, "Wrong-password-2");
        assertThat(loginPage(mvc, session, address)).contains(WRONG);
        signIn(mvc, session, address, username, PASSWORD);
        assertThat(loginPage(mvc, session, address)).contains("Tài khoản này đã ngừng hoạt động.");
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void slowsDownAnAddressAfterTwentyFailuresWithoutBlockingOthers() throws Exception {
        String username = accounts.create("diachi");
        String address = freshAddress();
        MockHttpSession session = new MockHttpSession();
        for (int attempt = 1; attempt <= 20; attempt++) {
            signIn(mvc, session, address, "nguoi.la." + attempt, "Wrong-password-3");
        }
        var refused = signIn(mvc, session, address, username, PASSWORD);
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(loginPage(mvc, session, address))
                .contains("Có quá nhiều lần đăng nhập sai từ địa chỉ mạng của bạn")
                .containsPattern("vui lòng chờ \\d+ giây");
        assertThat(accounts.find(username).failedLogins()).as("a refused attempt checks nothing").isZero();

        MockHttpSession elsewhere = new MockHttpSession();
        var other = signIn(mvc, elsewhere, freshAddress(), username, PASSWORD);
        assertThat(other.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void signsOutAndSaysSo() throws Exception {
        String username = accounts.create("dangxuat");
        MockHttpSession session = new MockHttpSession();
        signIn(mvc, session, freshAddress(), username, PASSWORD);
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/login").param("logout", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bạn đã đăng xuất.")));
    }

    @Test
    void keepsTheTypedUserNameButNeverThePassword() throws Exception {
        String address = freshAddress();
        MockHttpSession session = new MockHttpSession();
        signIn(mvc, session, address, "nguoi.dung.<b>", "Secret-Typed-99");
        String page = loginPage(mvc, session, address);
        assertThat(page).contains("value=\"nguoi.dung.&lt;b>\"").doesNotContain("Secret-Typed-99");
    }

    @Test
    void sendsAnAccountWithAPasswordSetByAnAdministratorToChangeItFirst() throws Exception {
        String username = accounts.create("doimk", java.util.Set.of(vn.cityhall.organization.Role.OFFICER), true);
        MockHttpSession session = new MockHttpSession();
        signIn(mvc, session, freshAddress(), username, PASSWORD);
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/admin/units").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/").session(session).header("HX-Request", "true"))
                .andExpect(status().isNoContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("HX-Redirect", "/account/password"));
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Mật khẩu của bạn do quản trị viên đặt.")));
        mvc.perform(get("/css/app.css").session(session)).andExpect(status().isOk());
    }
}
