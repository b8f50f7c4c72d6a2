package vn.cityhall.organization.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: long enough, letters and digits, not the user name, not a
 * well-known password. Violations are message keys, so the caller can show them in any language.
 */
@Component
public class PasswordPolicy {

    /** Passwords that ship with software or top every leaked list; never accepted. */
    static final Set<String> WELL_KNOWN = Set.of("password", "password1", "passw0rd", "admin", "admin123",
            "administrator", "123456", "12345678", "123456789", "1234567890", "qwerty", "qwerty123", "changeme",
            "changeit", "letmein", "welcome", "cityhall", "hanoi123", "matkhau", "matkhau123", "abc123456");

    private final int minLength;

    PasswordPolicy(SecuritySettings settings) {
        this.minLength = settings.minPasswordLength();
    }

    /** The message keys of every rule the password breaks; empty when it is acceptable. */
    public List<String> violations(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isBlank()) {
            problems.add("security.password.required");
            return problems;
        }
        if (password.length() < minLength) {
            problems.add("security.password.tooShort");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            problems.add("security.password.lettersAndDigits");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("security.password.containsUsername");
        }
        if (WELL_KNOWN.contains(lower) || DemoPassword.VALUE.equalsIgnoreCase(password)) {
            problems.add("security.password.wellKnown");
        }
        return problems;
    }

    public int minLength() {
        return minLength;
    }
}
