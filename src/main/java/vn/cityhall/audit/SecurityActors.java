package vn.cityhall.audit;

import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.StaffIdentity;

/** Turns what Spring Security's events carry into the words of the audit trail. */
final class SecurityActors {

    /** The actor name for a visitor who is not signed in or typed no user name. */
    static final String ANONYMOUS = "anonymous";

    private SecurityActors() {
    }

    static AuditActor of(Authentication authentication) {
        String address = authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : AuditActor.currentAddress();
        return new AuditActor(username(authentication), personId(authentication), address);
    }

    static AuditActor of(Authentication authentication, HttpServletRequest request) {
        return new AuditActor(username(authentication), personId(authentication), request.getRemoteAddr());
    }

    private static String username(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        String name = authentication.getName();
        return name == null || name.isBlank() ? ANONYMOUS : name;
    }

    private static Long personId(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof StaffIdentity staff
                ? staff.personId() : null;
    }

    /** The request path without the query string, which may carry tokens or personal data. */
    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** How the user signed in, from the filter that published the event. */
    static String method(Class<?> generatedBy) {
        String name = generatedBy == null ? "" : generatedBy.getSimpleName();
        if (name.startsWith("UsernamePassword")) {
            return "form login";
        }
        if (name.startsWith("OAuth2Login")) {
            return "OpenID Connect";
        }
        if (name.startsWith("RememberMe")) {
            return "remember-me";
        }
        return name.isEmpty() ? "unknown" : name;
    }

    /** Why a sign-in failed, in words and by exception class; never the exception's message. */
    static String failureReason(AuthenticationException exception) {
        String reason;
        if (exception instanceof BadCredentialsException) {
            reason = "bad credentials";
        } else if (exception instanceof LockedException) {
            reason = "account locked";
        } else if (exception instanceof DisabledException) {
            reason = "account disabled";
        } else if (exception instanceof AccountExpiredException) {
            reason = "account expired";
        } else if (exception instanceof CredentialsExpiredException) {
            reason = "password expired";
        } else if (exception instanceof UsernameNotFoundException) {
            reason = "unknown user";
        } else {
            reason = "authentication error";
        }
        return reason + " (" + exception.getClass().getSimpleName() + ")";
    }

    /** What the refused rule required, when Spring Security tells, e.g. {@code requires ROLE_SYSTEM_ADMIN}. */
    static String requirement(AuthorizationResult result) {
        if (result instanceof AuthorityAuthorizationDecision authorities) {
            return "requires " + authorities.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted()
                    .collect(Collectors.joining(" or "));
        }
        if (result instanceof ExpressionAuthorizationDecision expression) {
            return "requires " + expression.getExpression().getExpressionString();
        }
        return null;
    }
}
