package vn.cityhall.organization.security;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.FactorAuthorizationDecision;
import org.springframework.security.authorization.RequiredFactor;
import org.springframework.security.authorization.RequiredFactorError;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * Spring Security's multi-factor rule for CityHall: an account that has two-factor authentication
 * enabled must present the {@link #FACTOR} authority (a valid code) besides its password before any
 * protected route is granted. Added to every authorization rule through the
 * {@code AuthorizationManagerFactory}; a denial names the missing factor, so the access-denied
 * handler sends the user to the code step.
 */
final class TwoFactorRequirement implements AuthorizationManager<Object> {

    /** The factor authority granted by a valid time-based one-time password. */
    static final String FACTOR = "FACTOR_TOTP";

    private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);
    private static final FactorAuthorizationDecision MISSING = new FactorAuthorizationDecision(
            List.of(RequiredFactorError.createMissing(RequiredFactor.withAuthority(FACTOR).build())));

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, Object object) {
        return isPending(authentication.get()) ? MISSING : GRANTED;
    }

    /** Whether the password was given but the account's two-factor code is still missing. */
    static boolean isPending(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof StaffAccount account
                && account.totpEnabled() && !hasFactor(authentication);
    }

    static boolean hasFactor(Authentication authentication) {
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (FACTOR.equals(authority.getAuthority())) {
                return true;
            }
        }
        return false;
    }

    static GrantedAuthority grantedFactor() {
        return FactorGrantedAuthority.fromAuthority(FACTOR);
    }
}
