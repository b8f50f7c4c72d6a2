package vn.cityhall.organization.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B (SHA1 rows), RFC 4648 Base32 vectors, and the 6-digit codes authenticator apps show. */
class TotpTests {

    /** The RFC 6238 SHA1 seed: the ASCII string "12345678901234567890" (20 bytes). */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
            "59, 94287082",
            "1111111109, 07081804",
            "1111111111, 14050471",
            "1234567890, 89005924",
            "2000000000, 69279037",
            "20000000000, 65353130"})
    void computesTheEightDigitCodesOfRfc6238(long unixTime, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(unixTime));
        assertThat(Totp.code(RFC_SEED, step, 8, "HmacSHA1")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "59, 287082",
            "1111111109, 081804",
            "1111111111, 050471",
            "1234567890, 005924",
            "2000000000, 279037",
            "20000000000, 353130"})
    void truncatesToSixDigitsAsAuthenticatorAppsDo(long unixTime, String expected) {
        String secret = Base32.encode(RFC_SEED);
        assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(unixTime)))).isEqualTo(expected);
    }

    @Test
    void stepsAreThirtySecondsFromTheEpoch() {
        assertThat(Totp.step(Instant.ofEpochSecond(59))).isEqualTo(1);
        assertThat(Totp.step(Instant.ofEpochSecond(1111111109))).isEqualTo(0x23523EC);
        assertThat(Totp.step(Instant.ofEpochSecond(20000000000L))).isEqualTo(0x27BC86AA);
    }

    @Test
    void acceptsTheCurrentStepAndOneStepEitherSide() {
        String secret = Base32.encode(RFC_SEED);
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now)).hasValue(step);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), now)).hasValue(step + 1);
    }

    @Test
    void rejectsCodesTwoStepsAwayAndMalformedCodes() {
        String secret = Base32.encode(RFC_SEED);
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 2), now)).isEmpty();
        assertThat(Totp.matchingStep(secret, "12345", now)).isEmpty();
        assertThat(Totp.matchingStep(secret, "abcdef", now)).isEmpty();
        assertThat(Totp.matchingStep(secret, null, now)).isEmpty();
        assertThat(Totp.matchingStep(null, "123456", now)).isEmpty();
    }

    @Test
    void acceptsACodeTypedWithASpace() {
        String secret = Base32.encode(RFC_SEED);
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.matchingStep(secret, "287 082", now)).hasValue(1);
    }

    @Test
    void newSecretsHave160RandomBits() {
        String first = Totp.newSecret();
        assertThat(first).hasSize(32).matches("[A-Z2-7]{32}");
        assertThat(Base32.decode(first)).hasSize(20);
        assertThat(Totp.newSecret()).isNotEqualTo(first);
    }

    @ParameterizedTest
    @CsvSource({"'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void encodesBase32AsRfc4648WithoutPadding(String text, String expected) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        assertThat(Base32.encode(bytes)).isEqualTo(expected);
        assertThat(Base32.decode(expected)).isEqualTo(bytes);
    }

    @Test
    void decodesGroupedLowerCaseSecretsAndRejectsOtherCharacters() {
        assertThat(Base32.decode("mzxw 6ytb-oi==")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> Base32.decode("MZ1W")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void buildsTheKeyUriAuthenticatorAppsRead() {
        assertThat(Totp.keyUri("CityHall", "canbo.hoankiem", "JBSWY3DPEHPK3PXP")).isEqualTo(
                "otpauth://totp/CityHall:canbo.hoankiem?secret=JBSWY3DPEHPK3PXP&issuer=CityHall"
                        + "&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void groupsTheSecretForManualEntry() {
        assertThat(TwoFactorController.grouped("ABCDEFGHIJ")).isEqualTo("ABCD EFGH IJ");
    }
}
