package vn.cityhall.organization.web;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * Generates the initial passwords that administrators hand to new staff and after a reset: three
 * groups of five characters from an alphabet without look-alikes (no 0/O, 1/l/I), e.g.
 * {@code Hq7mK-p3XwT-9rZbd}, about 86 bits of entropy, always with upper and lower case letters
 * and digits. The person must change it at first login.
 */
@Component
public class InitialPasswords {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String ALPHABET = UPPER + LOWER + DIGITS;
    private static final int GROUPS = 3;
    private static final int GROUP_LENGTH = 5;

    private final SecureRandom random = new SecureRandom();

    public String generate() {
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int group = 0; group < GROUPS; group++) {
                if (group > 0) {
                    password.append('-');
                }
                for (int i = 0; i < GROUP_LENGTH; i++) {
                    password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
            String candidate = password.toString();
            if (containsAny(candidate, UPPER) && containsAny(candidate, LOWER) && containsAny(candidate, DIGITS)) {
                return candidate;
            }
        }
    }

    private static boolean containsAny(String text, String characters) {
        return text.chars().anyMatch(c -> characters.indexOf(c) >= 0);
    }
}
