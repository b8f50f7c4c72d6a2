package vn.cityhall.audit;

import jakarta.servlet.http.HttpServletRequest;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Records sign-ins, failed sign-ins, sign-outs and access denials, synchronously: the entry is
 * written before the response goes out. If it cannot be written the request fails rather than
 * let a security event go unrecorded.
 * <p>
 * Successful sign-ins are taken from {@link InteractiveAuthenticationSuccessEvent}, which the
 * login filters (form login, OpenID Connect, remember-me) publish once per sign-in. The plain
 * {@code AuthenticationSuccessEvent} is not used: the authentication manager publishes it for the
 * same form login too (a duplicate), and for every request of a client that authenticates each
 * request (e.g. HTTP Basic). Requests served from an existing session publish neither.
 */
@Component
class SecurityEventListener {

    static final String LOGIN_SUCCEEDED = "security.login.succeeded";
    static final String LOGIN_FAILED = "security.login.failed";
    static final String LOGOUT = "security.logout";
    static final String ACCESS_DENIED = "security.access.denied";

    private final AuditTrail trail;
    private final AuditSettings settings;

    SecurityEventListener(AuditTrail trail, AuditSettings settings) {
        this.trail = trail;
        this.settings = settings;
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        trail.record(SecurityActors.of(authentication), LOGIN_SUCCEEDED, "Account", authentication.getName(),
                "via " + SecurityActors.method(event.getGeneratedBy()), AuditOutcome.SUCCESS);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        trail.record(SecurityActors.of(attempt), LOGIN_FAILED, "Account", attempt.getName(),
                SecurityActors.failureReason(event.getException()), AuditOutcome.FAILURE);
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        trail.record(SecurityActors.of(authentication), LOGOUT, "Account", authentication.getName(), null,
                AuditOutcome.SUCCESS);
    }

    @EventListener
    void on(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = authenticationOf(event);
        boolean anonymous = authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated();
        if (anonymous && !settings.recordAnonymousDenials()) {
            return;
        }
        Object object = event.getObject();
        String requirement = SecurityActors.requirement(event.getAuthorizationResult());
        if (object instanceof HttpServletRequest request) {
            trail.record(SecurityActors.of(authentication, request), ACCESS_DENIED, "Request",
                    request.getMethod() + " " + SecurityActors.path(request), requirement, AuditOutcome.DENIED);
        } else if (object instanceof MethodInvocation invocation) {
            trail.record(SecurityActors.of(authentication), ACCESS_DENIED, "Method",
                    invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName(),
                    requirement, AuditOutcome.DENIED);
        } else {
            trail.record(SecurityActors.of(authentication), ACCESS_DENIED,
                    object == null ? null : object.getClass().getSimpleName(), null, requirement, AuditOutcome.DENIED);
        }
    }

    private static Authentication authenticationOf(AuthorizationDeniedEvent<?> event) {
        try {
            return event.getAuthentication().get();
        } catch (AuthenticationException e) {
            return null; // no one is signed in at all, e.g. a call from a background job
        }
    }
}
