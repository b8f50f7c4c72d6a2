package vn.cityhall.organization.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.cityhall.organization.security.TestAccounts.PASSWORD;
import static vn.cityhall.organization.security.TestAccounts.freshAddress;
import static vn.cityhall.organization.security.TestAccounts.signIn;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

import vn.cityhall.DatabaseTest;
import vn.cityhall.organization.Person;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.StaffUser;

/**
 * CityHall with its optional security configured: an OpenID Connect provider (a fake one, in
 * process, signing real RS256 ID tokens) and two-factor authentication required for administrators.
 */
@SpringBootTest(properties = "cityhall.security.require-totp-for-admins=true")
@AutoConfigureMockMvc
@DatabaseTest
class ConfiguredSecurityTests {

    static final FakeOidcProvider PROVIDER = new FakeOidcProvider();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration.keycloak.client-id", () -> FakeOidcProvider.CLIENT_ID);
        registry.add(prefix + "registration.keycloak.client-secret", () -> "fake-secret");
        registry.add(prefix + "registration.keycloak.client-name", () -> "Keycloak");
        registry.add(prefix + "registration.keycloak.authorization-grant-type", () -> "authorization_code");
        registry.add(prefix + "registration.keycloak.scope", () -> "openid,profile,email");
        registry.add(prefix + "registration.keycloak.redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        registry.add(prefix + "provider.keycloak.authorization-uri", () -> PROVIDER.baseUrl() + "/auth");
        registry.add(prefix + "provider.keycloak.token-uri", () -> PROVIDER.baseUrl() + "/token");
        registry.add(prefix + "provider.keycloak.jwk-set-uri", () -> PROVIDER.baseUrl() + "/jwks");
        registry.add(prefix + "provider.keycloak.user-name-attribute", () -> "sub");
    }

    @Autowired
    MockMvc mvc;

    TestAccounts accounts;

    @Autowired
    void accounts(org.springframework.context.ApplicationContext context) {
        accounts = TestAccounts.of(context);
    }

    /** Goes through the provider's redirect and callback, as a browser would; returns the callback's redirect. */
    private String signInWithProvider(MockHttpSession session, Map<String, Object> claims) throws Exception {
        String authorize = mvc.perform(get("/oauth2/authorization/keycloak").session(session))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(authorize).startsWith(PROVIDER.baseUrl() + "/auth?");
        var query = UriComponentsBuilder.fromUriString(authorize).build().getQueryParams();
        PROVIDER.nextLogin(claims, decode(query.getFirst("nonce")));
        return mvc.perform(get("/login/oauth2/code/keycloak").session(session)
                .param("code", "fake-code").param("state", decode(query.getFirst("state"))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void offersTheProviderOnTheLoginPage() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("href=\"/oauth2/authorization/keycloak\"")))
                .andExpect(content().string(containsString("Đăng nhập bằng Keycloak")))
                .andExpect(content().string(containsString("name=\"password\"")));
    }

    @Test
    void signsInAnExistingStaffMemberByPreferredUserName() throws Exception {
        String username = accounts.create("oidc.nhanvien");
        MockHttpSession session = new MockHttpSession();
        String target = signInWithProvider(session, Map.of("preferred_username", username.toUpperCase()));
        assertThat(target).doesNotContain("error");
        mvc.perform(get("/").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Xin chào Người Kiểm Thử.")));
        mvc.perform(get("/login/two-factor").session(session)).andExpect(redirectedUrl("/"));
        SecurityContext context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(context.getAuthentication().getPrincipal()).isInstanceOf(StaffUser.class)
                .isInstanceOf(org.springframework.security.oauth2.core.oidc.user.OidcUser.class);
        StaffUser user = (StaffUser) context.getAuthentication().getPrincipal();
        assertThat(user.username()).isEqualTo(username);
        assertThat(user.roles()).containsExactly(Role.OFFICER);
        assertThat(context.getAuthentication().getName()).isEqualTo(username);
    }

    @Test
    void refusesAnUnknownUserWithAClearMessage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String target = signInWithProvider(session, Map.of("preferred_username", "khong.co.ai"));
        assertThat(target).isEqualTo("/login?error");
        mvc.perform(get("/login").param("error", "").session(session))
                .andExpect(content().string(containsString("không ứng với cán bộ nào đang hoạt động")));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void refusesADeactivatedStaffMember() throws Exception {
        String username = accounts.create("oidc.nghi");
        accounts.update(username, Person::deactivate);
        MockHttpSession session = new MockHttpSession();
        assertThat(signInWithProvider(session, Map.of("preferred_username", username))).isEqualTo("/login?error");
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void localAccountsStillWorkAlongside() throws Exception {
        MockHttpSession session = new MockHttpSession();
        var result = signIn(mvc, session, freshAddress(), accounts.create("oidc.local"), PASSWORD);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void forcesAnAdministratorWithoutTwoFactorToEnrolFirst() throws Exception {
        String username = accounts.create("qt.batbuoc", Set.of(Role.SYSTEM_ADMIN), false);
        MockHttpSession session = new MockHttpSession();
        signIn(mvc, session, freshAddress(), username, PASSWORD);
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/two-factor"));
        mvc.perform(get("/account/password").session(session)).andExpect(redirectedUrl("/account/two-factor"));
        mvc.perform(get("/account/two-factor").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Quản trị viên bắt buộc phải dùng xác thực hai bước.")));
        String secret = (String) session.getAttribute(TwoFactorController.PENDING_SECRET);
        mvc.perform(post("/account/two-factor/confirm").session(session).with(csrf())
                .param("code", Totp.code(secret, Totp.step(Instant.now()))))
                .andExpect(redirectedUrl("/account/two-factor"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(post("/account/two-factor/disable").session(session).with(csrf()).param("password", PASSWORD))
                .andExpect(content().string(containsString("Quản trị viên không được tắt xác thực hai bước.")));
        assertThat(accounts.find(username).totpEnabled()).isTrue();
    }

    @Test
    void doesNotForceOtherStaff() throws Exception {
        MockHttpSession session = new MockHttpSession();
        signIn(mvc, session, freshAddress(), accounts.create("qt.khong"), PASSWORD);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
    }
}
