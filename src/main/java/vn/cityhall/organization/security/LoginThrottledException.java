package vn.cityhall.organization.security;

import java.io.Serial;
import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused without checking anything because the source address failed too often. */
class LoginThrottledException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    LoginThrottledException(String address, Duration retryAfter) {
        super("Too many failed sign-ins from " + address + "; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
