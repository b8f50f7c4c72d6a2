package vn.cityhall.organization.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

import vn.cityhall.shared.CityZone;

/**
 * Why the last sign-in attempt failed, kept in the session for the login page after the redirect:
 * a message key, its argument, and the user name typed (never the password).
 */
record LoginProblem(String messageKey, String argument, String username) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String SESSION_KEY = LoginProblem.class.getName();
    static final String WRONG_CREDENTIALS = "security.login.error";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(CityZone.ID);

    /** The specific message for a failed sign-in; unknown user and wrong password read the same. */
    static LoginProblem of(AuthenticationException failure, String username) {
        if (failure instanceof AccountLockedException locked) {
            return new LoginProblem("security.login.locked", TIME.format(locked.until()), username);
        }
        if (failure instanceof LoginThrottledException throttled) {
            return new LoginProblem("security.login.throttled", String.valueOf(seconds(throttled.retryAfter())),
                    username);
        }
        if (failure instanceof DisabledException) {
            return new LoginProblem("security.login.disabled", null, username);
        }
        if (failure instanceof OAuth2AuthenticationException oauth) {
            String code = oauth.getError().getErrorCode();
            return new LoginProblem(OidcStaffUsers.UNKNOWN_ACCOUNT.equals(code) ? "security.oidc.unknownAccount"
                    : "security.oidc.failed", null, null);
        }
        return new LoginProblem(WRONG_CREDENTIALS, null, username);
    }

    static String formatTime(Instant instant) {
        return TIME.format(instant);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }

    void store(HttpServletRequest request) {
        request.getSession().setAttribute(SESSION_KEY, this);
    }

    /** The problem stored by the last failed attempt, removed so it shows once. */
    static LoginProblem take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_KEY) instanceof LoginProblem problem)) {
            return null;
        }
        session.removeAttribute(SESSION_KEY);
        return problem;
    }
}
