package vn.cityhall.organization.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238, on HOTP, RFC 4226) as authenticator apps compute them:
 * HMAC-SHA1, 30-second steps counted from the Unix epoch, 6 digits. A code is accepted for the
 * current step and one step either side (clock drift); the caller stores the step that matched so
 * the same code is never accepted twice.
 */
final class Totp {

    static final int STEP_SECONDS = 30;
    static final int DIGITS = 6;
    /** 160 bits, the size of an HMAC-SHA1 output, as RFC 4226 recommends. */
    static final int SECRET_BYTES = 20;
    private static final int WINDOW = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new random secret, Base32-encoded for the authenticator app. */
    static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return Base32.encode(secret);
    }

    static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of one time step, zero-padded to {@code digits} (RFC 4226 section 5.3). */
    static String code(byte[] key, long step, int digits, String algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, "RAW"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            long modulus = (long) Math.pow(10, digits);
            String code = Long.toString(binary % modulus);
            return "0".repeat(digits - code.length()) + code;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC " + algorithm + " is not available", e);
        }
    }

    static String code(String base32Secret, long step) {
        return code(Base32.decode(base32Secret), step, DIGITS, "HmacSHA1");
    }

    /**
     * The time step whose code matches, trying the current step and one either side; empty when
     * the code is malformed or matches none.
     */
    static OptionalLong matchingStep(String base32Secret, String code, Instant now) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (base32Secret == null || !digits.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        byte[] key = Base32.decode(base32Secret);
        long current = step(now);
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            String expected = code(key, step, DIGITS, "HmacSHA1");
            if (MessageDigest.isEqual(expected.getBytes(), digits.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The URI authenticator apps read from the QR code (Google Authenticator key URI format). */
    static String keyUri(String issuer, String username, String base32Secret) {
        String label = encode(issuer) + ":" + encode(username);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
