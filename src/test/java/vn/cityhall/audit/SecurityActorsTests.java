package vn.cityhall.audit;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationFilter;

import vn.cityhall.shared.AuditActor;

class SecurityActorsTests {

    @Test
    void namesTheReasonOfAFailedLoginWithoutTheExceptionMessage() {
        assertThat(SecurityActors.failureReason(new BadCredentialsException("secret-ish")))
                .isEqualTo("bad credentials (BadCredentialsException)");
        assertThat(SecurityActors.failureReason(new AccountExpiredException("x")))
                .isEqualTo("account expired (AccountExpiredException)");
        assertThat(SecurityActors.failureReason(new CredentialsExpiredException("x")))
                .isEqualTo("password expired (CredentialsExpiredException)");
        assertThat(SecurityActors.failureReason(new AuthenticationServiceException("database down")))
                .isEqualTo("authentication error (AuthenticationServiceException)");
    }

    @Test
    void namesTheWayOfSigningIn() {
        assertThat(SecurityActors.method(UsernamePasswordAuthenticationFilter.class)).isEqualTo("form login");
        assertThat(SecurityActors.method(RememberMeAuthenticationFilter.class)).isEqualTo("remember-me");
        assertThat(SecurityActors.method(null)).isEqualTo("unknown");
    }

    @Test
    void takesTheAddressFromTheAuthenticationDetails() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("198.51.100.23");
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated("lan", "pw");
        attempt.setDetails(new WebAuthenticationDetails(request));
        assertThat(SecurityActors.of(attempt)).isEqualTo(new AuditActor("lan", null, "198.51.100.23"));
    }

    @Test
    void callsAVisitorWithoutANameAnonymous() {
        AnonymousAuthenticationToken anonymous = new AnonymousAuthenticationToken("k", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        assertThat(SecurityActors.of(anonymous).username()).isEqualTo(SecurityActors.ANONYMOUS);
        assertThat(SecurityActors.of(UsernamePasswordAuthenticationToken.unauthenticated("", "pw")).username())
                .isEqualTo(SecurityActors.ANONYMOUS);
    }

    @Test
    void recordsThePathButNotTheQueryString() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/app/admin/people");
        request.setContextPath("/app");
        request.setQueryString("token=abc");
        assertThat(SecurityActors.path(request)).isEqualTo("/admin/people");
    }

    @Test
    void describesWhatTheRefusedRuleRequired() {
        assertThat(SecurityActors.requirement(new AuthorityAuthorizationDecision(false,
                AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN", "ROLE_LEADER"))))
                .isEqualTo("requires ROLE_LEADER or ROLE_SYSTEM_ADMIN");
        assertThat(SecurityActors.requirement(new AuthorizationDecision(false))).isNull();
    }
}
