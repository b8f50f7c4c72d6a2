package vn.cityhall.zalo.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class TokenCipherTests {

    private final TokenCipher cipher = new TokenCipher(Base64.getEncoder().encodeToString(new byte[32]));

    @Test
    void sealsEachWriteWithAFreshNonce() {
        String first = cipher.encrypt("RfBh5NdqsWzhcX8bDDe_1A463Z34Fhy1GVi63AoTU1InwujqF", "access_token");
        String second = cipher.encrypt("RfBh5NdqsWzhcX8bDDe_1A463Z34Fhy1GVi63AoTU1InwujqF", "access_token");
        assertThat(first).isNotEqualTo(second).doesNotContain("RfBh5");
        assertThat(cipher.decrypt(first, "access_token")).isEqualTo("RfBh5NdqsWzhcX8bDDe_1A463Z34Fhy1GVi63AoTU1InwujqF");
        assertThat(cipher.decrypt(second, "access_token")).isEqualTo("RfBh5NdqsWzhcX8bDDe_1A463Z34Fhy1GVi63AoTU1InwujqF");
    }

    @Test
    void refusesATamperedOrSwappedToken() {
        String sealed = cipher.encrypt("refresh-1", "refresh_token");
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(Base64.getEncoder().encodeToString(bytes), "refresh_token"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(sealed, "access_token")).isInstanceOf(IllegalStateException.class);
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertThatThrownBy(() -> new TokenCipher(Base64.getEncoder().encodeToString(otherKey))
                .decrypt(sealed, "refresh_token")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAKeyOfTheWrongSize() {
        assertThatThrownBy(() -> new TokenCipher(Base64.getEncoder().encodeToString(new byte[10])))
                .hasMessageContaining("16, 24 or 32 bytes");
        assertThatThrownBy(() -> new TokenCipher("not base64!")).hasMessageContaining("Base64");
    }
}
