package vn.cityhall.organization.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.cityhall.organization.security.TestAccounts.PASSWORD;
import static vn.cityhall.organization.security.TestAccounts.freshAddress;
import static vn.cityhall.organization.security.TestAccounts.from;
import static vn.cityhall.organization.security.TestAccounts.loginPage;
import static vn.cityhall.organization.security.TestAccounts.signIn;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.cityhall.DatabaseTest;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@org.springframework.test.context.event.RecordApplicationEvents
class TwoFactorTests {

    @Autowired
    MockMvc mvc;

    TestAccounts accounts;

    @Autowired
    void accounts(org.springframework.context.ApplicationContext context) {
        accounts = TestAccounts.of(context);
    }

    private static String codeNow(String secret, int stepOffset) {
        return Totp.code(secret, Totp.step(Instant.now()) + stepOffset);
    }

    /** A new account with two-factor authentication on; returns {username, secret}. */
    private String[] accountWithTwoFactor(String prefix) {
        String username = accounts.create(prefix);
        String secret = Totp.newSecret();
        accounts.update(username, person -> person.enableTotp(secret));
        return new String[] {username, secret};
    }

    private ResultActions code(MockHttpSession session, String address, String code) throws Exception {
        return mvc.perform(post("/login/two-factor").session(session).with(csrf()).with(from(address))
                .param("code", code));
    }

    @Test
    void enrolsByQrCodeAndConfirmsOnlyWithAValidCode() throws Exception {
        String username = accounts.create("tf.dangky");
        MockHttpSession session = new MockHttpSession();
        signIn(mvc, session, freshAddress(), username, PASSWORD);
        mvc.perform(get("/account/two-factor").session(session))
                .andExpect(status().isOk())
                .andExpect(view().name("account/twoFactor"))
                .andExpect(content().string(containsString("src=\"/account/two-factor/qr.svg\"")))
                .andExpect(content().string(containsString("Chưa bật")));
        String secret = (String) session.getAttribute(TwoFactorController.PENDING_SECRET);
        assertThat(secret).matches("[A-Z2-7]{32}");
        mvc.perform(get("/account/two-factor").session(session))
                .andExpect(content().string(containsString(TwoFactorController.grouped(secret))));
        mvc.perform(get("/account/two-factor/qr.svg").session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("<svg")));

        mvc.perform(post("/account/two-factor/confirm").session(session).with(csrf()).param("code", "000000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã xác thực không đúng hoặc đã hết hạn.")));
        assertThat(accounts.find(username).totpEnabled()).isFalse();

        mvc.perform(post("/account/two-factor/confirm").session(session).with(csrf())
                .param("code", codeNow(secret, 0)))
                .andExpect(redirectedUrl("/account/two-factor"));
        assertThat(accounts.find(username).totpEnabled()).isTrue();
        assertThat(accounts.find(username).totpSecret()).isEqualTo(secret);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(get("/account/two-factor").session(session))
                .andExpect(content().string(containsString("Đang bật")));
        mvc.perform(get("/account/two-factor/qr.svg").session(session)).andExpect(status().isNotFound());
    }

    @Test
    void asksForTheCodeAfterThePasswordBeforeAnythingElse(
            org.springframework.test.context.event.ApplicationEvents events) throws Exception {
        String[] account = accountWithTwoFactor("tf.dangnhap");
        String address = freshAddress();
        MockHttpSession session = new MockHttpSession();
        var password = signIn(mvc, session, address, account[0], PASSWORD);
        assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/login/two-factor");
        mvc.perform(get("/").session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login/two-factor")));
        mvc.perform(get("/account/password").session(session))
                .andExpect(header().string("Location", containsString("/login/two-factor")));
        mvc.perform(get("/login/two-factor").session(session))
                .andExpect(status().isOk())
                .andExpect(view().name("security/twoFactor"))
                .andExpect(content().string(containsString("Nhập mã xác thực")));

        code(session, address, "123 45x")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã xác thực không đúng, đã hết hạn hoặc đã được dùng.")));
        assertThat(accounts.find(account[0]).failedLogins()).isEqualTo(1);

        String before = session.getId();
        code(session, address, codeNow(account[1], 0))
                .andExpect(status().is3xxRedirection());
        assertThat(session.getId()).isNotEqualTo(before);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        assertThat(accounts.find(account[0]).failedLogins()).isZero();

        assertThat(events.stream(org.springframework.security.authentication.event
                .AuthenticationFailureBadCredentialsEvent.class)
                .filter(event -> event.getException() instanceof InvalidTwoFactorCodeException)).hasSize(1);
        assertThat(events.stream(org.springframework.security.authentication.event
                .InteractiveAuthenticationSuccessEvent.class)
                .filter(event -> event.getAuthentication().getName().equals(account[0]))
                .filter(event -> TwoFactorRequirement.hasFactor(event.getAuthentication()))).hasSize(1);
    }

    @Test
    void neverAcceptsTheSameCodeTwice() throws Exception {
        String[] account = accountWithTwoFactor("tf.phatlai");
        String code = codeNow(account[1], 0);
        String address = freshAddress();
        MockHttpSession first = new MockHttpSession();
        signIn(mvc, first, address, account[0], PASSWORD);
        code(first, address, code).andExpect(status().is3xxRedirection());

        MockHttpSession second = new MockHttpSession();
        signIn(mvc, second, address, account[0], PASSWORD);
        code(second, address, code)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("đã được dùng")));
        mvc.perform(get("/").session(second)).andExpect(header().string("Location", containsString("/login/two-factor")));
    }

    @Test
    void tenWrongCodesLockTheAccountLikeWrongPasswords() throws Exception {
        String[] account = accountWithTwoFactor("tf.khoa");
        String address = freshAddress();
        MockHttpSession session = new MockHttpSession();
        signIn(mvc, session, address, account[0], PASSWORD);
        for (int attempt = 1; attempt <= 9; attempt++) {
            code(session, address, "000000").andExpect(status().isOk());
        }
        code(session, address, "000000").andExpect(redirectedUrl("/login?error"));
        assertThat(session.isInvalid()).isTrue();
        assertThat(accounts.find(account[0]).isLocked(Instant.now())).isTrue();
        MockHttpSession next = new MockHttpSession();
        signIn(mvc, next, address, account[0], PASSWORD);
        assertThat(loginPage(mvc, next, address)).contains("Tài khoản đã bị tạm khóa");
    }

    @Test
    void disablesWithThePasswordButNotWithAWrongProof() throws Exception {
        String[] account = accountWithTwoFactor("tf.tat");
        String address = freshAddress();
        MockHttpSession session = new MockHttpSession();
        signIn(mvc, session, address, account[0], PASSWORD);
        code(session, address, codeNow(account[1], 0));
        mvc.perform(post("/account/two-factor/disable").session(session).with(csrf())
                .param("code", "111111").param("password", "Not-The-Password-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("xác thực hai bước vẫn đang bật")));
        assertThat(accounts.find(account[0]).totpEnabled()).isTrue();
        mvc.perform(post("/account/two-factor/disable").session(session).with(csrf()).param("password", PASSWORD))
                .andExpect(redirectedUrl("/account/two-factor"));
        assertThat(accounts.find(account[0]).totpEnabled()).isFalse();
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        var again = signIn(mvc, new MockHttpSession(), address, account[0], PASSWORD);
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void disablesWithAValidCode() throws Exception {
        String[] account = accountWithTwoFactor("tf.tatma");
        String address = freshAddress();
        MockHttpSession session = new MockHttpSession();
        signIn(mvc, session, address, account[0], PASSWORD);
        code(session, address, codeNow(account[1], 0));
        mvc.perform(post("/account/two-factor/disable").session(session).with(csrf())
                .param("code", codeNow(account[1], 1)))
                .andExpect(redirectedUrl("/account/two-factor"));
        assertThat(accounts.find(account[0]).totpEnabled()).isFalse();
    }

    @Test
    void refusesTheCodeOfAnAccountLockedSinceItsPassword() throws Exception {
        String[] account = accountWithTwoFactor("tf.khoagiua");
        String address = freshAddress();
        MockHttpSession session = new MockHttpSession();
        signIn(mvc, session, address, account[0], PASSWORD);
        accounts.update(account[0], person -> person.recordFailedLogin(Instant.now(), 1,
                java.time.Duration.ofMinutes(15)));
        code(session, address, codeNow(account[1], 0)).andExpect(redirectedUrl("/login?error"));
        assertThat(session.isInvalid()).isTrue();
        MockHttpSession next = new MockHttpSession();
        signIn(mvc, next, address, account[0], PASSWORD);
        assertThat(loginPage(mvc, next, address)).contains("Tài khoản đã bị tạm khóa");
    }

    @Test
    void sendsAnonymousVisitorsOfTheCodeStepToTheLoginPage() throws Exception {
        mvc.perform(get("/login/two-factor")).andExpect(redirectedUrl("/login"));
    }
}
