package vn.cityhall.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class InitialPasswordsTests {

    private final InitialPasswords passwords = new InitialPasswords();

    @Test
    void generatesLongMixedPasswordsWithoutLookAlikes() {
        for (int i = 0; i < 500; i++) {
            String password = passwords.generate();
            assertThat(password).hasSize(17).matches("[A-Za-z2-9]{5}-[A-Za-z2-9]{5}-[A-Za-z2-9]{5}");
            assertThat(password).containsPattern("[A-Z]").containsPattern("[a-z]").containsPattern("[0-9]");
            assertThat(password).doesNotContainPattern("[01OIl]");
        }
    }

    @Test
    void neverRepeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(passwords.generate())).isTrue();
        }
    }
}
