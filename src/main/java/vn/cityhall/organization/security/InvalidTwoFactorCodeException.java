package vn.cityhall.organization.security;

import java.io.Serial;

import org.springframework.security.authentication.BadCredentialsException;

/** The second sign-in step failed: the code was wrong, expired or already used. */
class InvalidTwoFactorCodeException extends BadCredentialsException {

    @Serial
    private static final long serialVersionUID = 1L;

    InvalidTwoFactorCodeException() {
        super("Wrong, expired or reused two-factor code");
    }
}
