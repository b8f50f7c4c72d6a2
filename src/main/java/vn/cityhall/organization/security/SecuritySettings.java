package vn.cityhall.organization.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings, {@code cityhall.security.*}.
 *
 * @param initialAdminPassword password of the first administrator account {@code admin}, required
 *        outside demo mode when no administrator exists yet
 * @param requireTotpForAdmins whether administrators must use two-factor authentication
 * @param maxFailedLogins consecutive failed logins that lock an account
 * @param lockDuration how long a locked account stays locked
 * @param minPasswordLength the shortest password accepted
 * @param address throttling of the source address of failed logins
 * @param oidc how accounts signing in through OpenID Connect are matched to staff members
 */
@ConfigurationProperties("cityhall.security")
public record SecuritySettings(
        String initialAdminPassword,
        @DefaultValue("false") boolean requireTotpForAdmins,
        @DefaultValue("10") int maxFailedLogins,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("10") int minPasswordLength,
        @DefaultValue Address address,
        @DefaultValue Oidc oidc) {

    /**
     * Slowing down an address that keeps failing: after {@code maxFailures} failed logins within
     * {@code window}, each further attempt is refused until {@code initialDelay}, doubled with every
     * further failure up to {@code maxDelay}, has passed since the last failure. At most
     * {@code trackedAddresses} addresses are remembered (the least recently seen is forgotten).
     */
    public record Address(
            @DefaultValue("20") int maxFailures,
            @DefaultValue("15m") Duration window,
            @DefaultValue("2s") Duration initialDelay,
            @DefaultValue("15m") Duration maxDelay,
            @DefaultValue("10000") int trackedAddresses) {
    }

    /**
     * @param usernameClaim the ID token claim holding the CityHall user name
     *        ({@code preferred_username}) or e-mail address ({@code email})
     */
    public record Oidc(@DefaultValue("preferred_username") String usernameClaim) {
    }
}
