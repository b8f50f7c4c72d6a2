package vn.cityhall.organization.security;

import java.time.Clock;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in for staff, with the city's rules around the standard check: an address that
 * failed too often is refused before anything is checked; a locked account is refused even with the
 * right password; every wrong password counts towards the account's lock and the address's wait;
 * the failure that reaches the limit reports the lock at once. A deactivated account is reported as
 * such only after the right password was given, so nobody learns which accounts exist by guessing.
 */
class StaffAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginAttempts attempts;

    StaffAuthenticationProvider(StaffAccounts accounts, PasswordEncoder encoder, LoginAttempts attempts,
            Clock clock) {
        super(accounts);
        this.attempts = attempts;
        setPasswordEncoder(encoder);
        setPreAuthenticationChecks(user -> {
            if (user instanceof StaffAccount account && account.isLockedAt(clock.instant())) {
                throw new AccountLockedException(account.getUsername(), account.lockedUntil());
            }
        });
        setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Account " + user.getUsername() + " is deactivated");
            }
        });
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String address = sourceAddress(authentication);
        attempts.checkAddress(address);
        try {
            Authentication result = super.authenticate(authentication);
            // With two-factor authentication the count starts again only after the code, else
            // giving the password again would reset the count of wrong codes.
            if (!(result.getPrincipal() instanceof StaffAccount account && account.totpEnabled())) {
                attempts.succeeded(result.getName());
            }
            return result;
        } catch (BadCredentialsException wrong) {
            String username = authentication.getName();
            var lockedUntil = attempts.failed(username, address);
            if (lockedUntil.isPresent()) {
                throw new AccountLockedException(username, lockedUntil.get());
            }
            throw wrong;
        }
    }

    static String sourceAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }
}
