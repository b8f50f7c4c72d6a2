package vn.cityhall.organization.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy(new SecuritySettings("", false, 10, Duration.ofMinutes(15),
            10, null, null));

    @Test
    void acceptsALongPasswordWithLettersAndDigits() {
        assertThat(policy.violations("Hoàn Kiếm 2026 hồ", "canbo")).isEmpty();
    }

    @Test
    void namesEveryRuleThePasswordBreaks() {
        assertThat(policy.violations("abc", "canbo")).containsExactly("security.password.tooShort",
                "security.password.lettersAndDigits");
        assertThat(policy.violations("", "canbo")).containsExactly("security.password.required");
        assertThat(policy.violations(null, "canbo")).containsExactly("security.password.required");
        assertThat(policy.violations("canbo.hoankiem2026", "canbo.hoankiem"))
                .containsExactly("security.password.containsUsername");
    }

    @Test
    void refusesWellKnownAndDemoPasswords() {
        assertThat(policy.violations("password1", "x")).contains("security.password.wellKnown");
        assertThat(policy.violations(DemoPassword.VALUE, "x")).contains("security.password.wellKnown");
        assertThat(policy.violations("1234567890", "x")).contains("security.password.wellKnown");
    }
}
