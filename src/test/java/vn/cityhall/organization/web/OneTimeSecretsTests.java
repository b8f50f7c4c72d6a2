package vn.cityhall.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

class OneTimeSecretsTests {

    private final OneTimeSecrets secrets = new OneTimeSecrets();

    @Test
    void opensASecretOnceWithItsTicket() {
        MockHttpSession session = new MockHttpSession();
        String ticket = secrets.seal(session, "Hq7mK-p3XwT-9rZbd".getBytes(StandardCharsets.UTF_8));
        assertThat(secrets.isAvailable(session, ticket)).isTrue();
        assertThat(secrets.open(session, ticket)).hasValueSatisfying(
                bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("Hq7mK-p3XwT-9rZbd"));
        assertThat(secrets.isAvailable(session, ticket)).isFalse();
        assertThat(secrets.open(session, ticket)).isEmpty();
    }

    @Test
    void theSessionHoldsNoClearText() throws Exception {
        MockHttpSession session = new MockHttpSession();
        secrets.seal(session, "Hq7mK-p3XwT-9rZbd".getBytes(StandardCharsets.UTF_8));
        for (String name : Collections.list(session.getAttributeNames())) {
            var out = new java.io.ByteArrayOutputStream();
            try (var objects = new java.io.ObjectOutputStream(out)) {
                objects.writeObject(session.getAttribute(name));
            }
            assertThat(out.toString(StandardCharsets.ISO_8859_1)).doesNotContain("Hq7mK");
        }
    }

    @Test
    void aWrongKeyAnotherSessionOrGarbageOpensNothing() {
        MockHttpSession session = new MockHttpSession();
        String ticket = secrets.seal(session, new byte[] {1, 2, 3});
        String forged = ticket.substring(0, ticket.indexOf('.') + 1) + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        assertThat(secrets.open(new MockHttpSession(), ticket)).isEmpty();
        assertThat(secrets.open(session, "garbage")).isEmpty();
        assertThat(secrets.open(session, null)).isEmpty();
        assertThat(secrets.open(session, forged)).isEmpty();
        assertThat(secrets.open(session, ticket)).isEmpty();
    }
}
