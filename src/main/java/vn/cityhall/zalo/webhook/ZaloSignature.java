package vn.cityhall.zalo.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The signature Zalo puts on every webhook event (zalo-oa.md §3.1): the header
 * {@code X-ZEvent-Signature: mac=<hex>} where hex is the lower-case hex SHA-256 of the body's
 * {@code app_id}, the raw body bytes exactly as sent, the body's {@code timestamp} and the OA secret
 * key, concatenated. Plain SHA-256, not an HMAC, and over the bytes, never a re-serialized or
 * re-decoded body: the same Vietnamese text in NFC and in NFD gives two different, both valid,
 * signatures. Used by the webhook to verify and by the simulator to sign.
 */
public final class ZaloSignature {

    /** The request header that carries the signature. */
    public static final String HEADER = "X-ZEvent-Signature";

    private static final String PREFIX = "mac=";

    private ZaloSignature() {
    }

    /** The lower-case hex SHA-256 of {@code appId ‖ body ‖ timestamp ‖ oaSecretKey} (strings as UTF-8). */
    public static String mac(String appId, byte[] body, String timestamp, String oaSecretKey) {
        MessageDigest digest = sha256();
        digest.update(appId.getBytes(StandardCharsets.UTF_8));
        digest.update(body);
        digest.update(timestamp.getBytes(StandardCharsets.UTF_8));
        digest.update(oaSecretKey.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The header value Zalo would send with this body: {@code mac=<hex>}. */
    public static String header(String appId, byte[] body, String timestamp, String oaSecretKey) {
        return PREFIX + mac(appId, body, timestamp, oaSecretKey);
    }

    /**
     * Whether {@code header} is the signature of this body, compared in constant time. A missing
     * header, one without the {@code mac=} prefix or with anything but the 64 hex digits is no match.
     */
    public static boolean matches(String header, String appId, byte[] body, String timestamp, String oaSecretKey) {
        if (header == null || !header.startsWith(PREFIX) || oaSecretKey == null || oaSecretKey.isEmpty()) {
            return false;
        }
        byte[] given = header.substring(PREFIX.length()).strip().toLowerCase(Locale.ROOT)
                .getBytes(StandardCharsets.US_ASCII);
        byte[] expected = mac(appId, body, timestamp, oaSecretKey).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
