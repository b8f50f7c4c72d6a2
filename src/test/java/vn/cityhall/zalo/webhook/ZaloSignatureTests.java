package vn.cityhall.zalo.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class ZaloSignatureTests {

    /** zalo-oa.md §3.5, byte for byte. */
    static final String VECTOR_BODY = "{\"app_id\":\"3608465249409039670\",\"sender\":{\"id\":\"2468458835296197922\"},"
            + "\"user_id_by_app\":\"5521772797175877301\",\"recipient\":{\"id\":\"3886132808788086456\"},"
            + "\"event_name\":\"user_send_text\",\"message\":{\"text\":\"Đường Lê Lợi bị ngập\","
            + "\"msg_id\":\"96d3cdf3af150460909a\"},\"timestamp\":\"1718000100000\"}";
    static final String VECTOR_MAC = "0eced35faa83d3000a2aae72eeae536fbf0b8c26a1833f9f873a6c204f1694fa";

    private static final byte[] BODY = VECTOR_BODY.getBytes(StandardCharsets.UTF_8);

    @Test
    void computesTheReferenceTestVector() {
        assertThat(BODY).hasSize(293);
        assertThat(ZaloSignature.mac("3608465249409039670", BODY, "1718000100000", "FAKE_OA_SECRET_KEY_01"))
                .isEqualTo(VECTOR_MAC);
        assertThat(ZaloSignature.header("3608465249409039670", BODY, "1718000100000", "FAKE_OA_SECRET_KEY_01"))
                .isEqualTo("mac=" + VECTOR_MAC);
    }

    @Test
    void acceptsTheReferenceSignatureAndRefusesAnyChange() {
        assertThat(matches("mac=" + VECTOR_MAC, BODY)).isTrue();
        assertThat(matches("mac=" + VECTOR_MAC.toUpperCase(), BODY)).as("hex case does not matter").isTrue();
        assertThat(matches(VECTOR_MAC, BODY)).as("without the mac= prefix").isFalse();
        assertThat(matches(null, BODY)).isFalse();
        assertThat(matches("mac=", BODY)).isFalse();
        assertThat(matches("mac=" + VECTOR_MAC.substring(1), BODY)).isFalse();
        byte[] changed = BODY.clone();
        changed[changed.length - 3]++;
        assertThat(matches("mac=" + VECTOR_MAC, changed)).isFalse();
        assertThat(ZaloSignature.matches("mac=" + VECTOR_MAC, "3608465249409039670", BODY, "1718000100000",
                "FAKE_APP_SECRET_01")).as("the app secret is not the key").isFalse();
    }

    @Test
    void signsTheBytesSoThatNfcAndNfdBodiesEachVerifyOnlyWithTheirOwnSignature() {
        byte[] nfd = Normalizer.normalize(VECTOR_BODY, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8);
        assertThat(nfd).isNotEqualTo(BODY);
        String nfdSignature = ZaloSignature.header("3608465249409039670", nfd, "1718000100000", "FAKE_OA_SECRET_KEY_01");
        assertThat(matches(nfdSignature, nfd)).isTrue();
        assertThat(matches(nfdSignature, BODY)).isFalse();
        assertThat(matches("mac=" + VECTOR_MAC, nfd)).isFalse();
    }

    private static boolean matches(String header, byte[] body) {
        return ZaloSignature.matches(header, "3608465249409039670", body, "1718000100000", "FAKE_OA_SECRET_KEY_01");
    }
}
