package vn.cityhall.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.cityhall.DatabaseTest;
import vn.cityhall.audit.AuditRows.Row;
import vn.cityhall.organization.security.DemoPassword;

/** Sign-ins, failed sign-ins, sign-outs and access denials land in the audit trail, through the real filter chain. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class SecurityAuditIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AuditLog auditLog;

    @Test
    void aWrongPasswordThenTheRightOneRecordsOneFailedAndOneSuccessfulLogin() throws Exception {
        long before = AuditRows.head(jdbc);
        mvc.perform(post("/login").param("username", "thuky").param("password", "Wrong-Secret-123").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").param("username", "thuky").param("password", DemoPassword.VALUE).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));

        List<Row> logins = AuditRows.after(jdbc, before).stream()
                .filter(row -> row.action().startsWith("security.login.") && "thuky".equals(row.targetId()))
                .toList();
        assertThat(logins).extracting(Row::action)
                .containsExactly("security.login.failed", "security.login.succeeded");
        Row failed = logins.get(0);
        assertThat(failed.actor()).isEqualTo("thuky");
        assertThat(failed.outcome()).isEqualTo(AuditOutcome.FAILURE);
        assertThat(failed.detail()).isEqualTo("bad credentials (BadCredentialsException)");
        assertThat(failed.sourceAddress()).isEqualTo("127.0.0.1");
        assertThat(failed.targetType()).isEqualTo("Account");
        Row succeeded = logins.get(1);
        assertThat(succeeded.actor()).isEqualTo("thuky");
        assertThat(succeeded.actorPersonId()).isNotNull();
        assertThat(succeeded.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(succeeded.detail()).isEqualTo("via form login");
        assertThat(succeeded.sourceAddress()).isEqualTo("127.0.0.1");
        assertThat(AuditRows.after(jdbc, before))
                .as("no password ever reaches the log")
                .noneMatch(row -> String.valueOf(row.detail()).contains("Wrong-Secret")
                        || String.valueOf(row.detail()).contains(DemoPassword.VALUE));
    }

    @Test
    void aFailedLoginWithAnUnknownUserNameRecordsTheAttemptedName() throws Exception {
        String attempted = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        long before = AuditRows.head(jdbc);
        mvc.perform(post("/login").param("username", attempted).param("password", "whatever-1").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));

        assertThat(AuditRows.after(jdbc, before)).filteredOn(row -> attempted.equals(row.targetId()))
                .singleElement().satisfies(row -> {
                    assertThat(row.action()).isEqualTo("security.login.failed");
                    assertThat(row.actor()).isEqualTo(attempted);
                    assertThat(row.actorPersonId()).isNull();
                    assertThat(row.outcome()).isEqualTo(AuditOutcome.FAILURE);
                });
    }

    @Test
    void aFailedLoginRecordsWhetherTheAccountWasLockedOrDisabled() {
        String locked = "locked-" + UUID.randomUUID().toString().substring(0, 8);
        String disabled = "disabled-" + UUID.randomUUID().toString().substring(0, 8);
        events.publishEvent(new AuthenticationFailureLockedEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(locked, "x"), new LockedException("locked")));
        events.publishEvent(new AuthenticationFailureDisabledEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(disabled, "x"), new DisabledException("off")));

        assertThat(AuditRows.byTargetId(jdbc, locked)).singleElement()
                .satisfies(row -> assertThat(row.detail()).isEqualTo("account locked (LockedException)"));
        assertThat(AuditRows.byTargetId(jdbc, disabled)).singleElement()
                .satisfies(row -> assertThat(row.detail()).isEqualTo("account disabled (DisabledException)"));
    }

    @Test
    @WithUserDetails("chuyenvien.sxd")
    void anOfficerOpeningTheAuditLogIsRefusedAndTheDenialRecorded() throws Exception {
        long before = AuditRows.head(jdbc);
        mvc.perform(get("/admin/audit")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/audit/verification")).andExpect(status().isForbidden());

        List<Row> denials = AuditRows.after(jdbc, before).stream()
                .filter(row -> row.action().equals("security.access.denied") && "chuyenvien.sxd".equals(row.actor()))
                .toList();
        assertThat(denials).extracting(Row::targetId)
                .containsExactly("GET /admin/audit", "GET /api/v1/admin/audit/verification");
        assertThat(denials).allSatisfy(row -> {
            assertThat(row.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(row.targetType()).isEqualTo("Request");
            assertThat(row.actorPersonId()).isNotNull();
            assertThat(row.sourceAddress()).isEqualTo("127.0.0.1");
            assertThat(row.detail()).isEqualTo("requires ROLE_SYSTEM_ADMIN");
        });
    }

    @Test
    @WithUserDetails("chuyenvien.sxd")
    void aDenialByMethodSecurityIsRecordedWithTheMethod() {
        long before = AuditRows.head(jdbc);
        assertThatThrownBy(() -> auditLog.search(AuditQuery.ALL, 0)).isInstanceOf(AccessDeniedException.class);

        assertThat(AuditRows.after(jdbc, before)).filteredOn(row -> "chuyenvien.sxd".equals(row.actor()))
                .singleElement().satisfies(row -> {
                    assertThat(row.action()).isEqualTo("security.access.denied");
                    assertThat(row.targetType()).isEqualTo("Method");
                    assertThat(row.targetId()).isEqualTo("AuditLog.search");
                    assertThat(row.detail()).isEqualTo("requires hasRole('SYSTEM_ADMIN')");
                });
    }

    @Test
    void anAnonymousVisitorSentToTheLoginPageIsNotRecordedAsADenial() throws Exception {
        String path = "/admin/audit/entries/" + (900_000_000 + (int) (Math.random() * 1000));
        mvc.perform(get(path)).andExpect(redirectedUrl("/login"));

        assertThat(AuditRows.byTargetId(jdbc, "GET " + path)).isEmpty();
    }

    @Test
    @WithUserDetails("thuky")
    void signingOutIsRecorded() throws Exception {
        long before = AuditRows.head(jdbc);
        mvc.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"));

        assertThat(AuditRows.after(jdbc, before)).filteredOn(row -> row.action().equals("security.logout"))
                .singleElement().satisfies(row -> {
                    assertThat(row.actor()).isEqualTo("thuky");
                    assertThat(row.actorPersonId()).isNotNull();
                    assertThat(row.outcome()).isEqualTo(AuditOutcome.SUCCESS);
                });
    }
}
