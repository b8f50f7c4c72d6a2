package vn.cityhall.organization.security;

import java.io.Serial;
import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** Sign-in refused because the account is locked after too many failed attempts, until {@link #until()}. */
class AccountLockedException extends LockedException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Instant until;

    AccountLockedException(String username, Instant until) {
        super("Account " + username + " is locked until " + until);
        this.until = until;
    }

    Instant until() {
        return until;
    }
}
