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
 */
@ConfigurationProperties("cityhall.security")
public record SecuritySettings(
        String initialAdminPassword,
        @DefaultValue("false") boolean requireTotpForAdmins,
        @DefaultValue("10") int maxFailedLogins,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("10") int minPasswordLength) {
}
