package vn.cityhall.zalo.fake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The fake's OAuth tokens. They carry their own proof (an HMAC keyed with the app secret), so the tokens the fake
 * issued stay valid when the application restarts (the demo keeps its stored pair in the database while the fake
 * starts empty), as Zalo's do. A refresh token is spent by its first use; access tokens expire after
 * {@link FakeZalo#ACCESS_TOKEN_SECONDS}. A reset starts a new generation, in which the tokens of the earlier ones
 * fail; revoking the access tokens starts a new epoch of access tokens. Not thread-safe: {@link FakeZalo} locks.
 */
final class FakeTokens {

    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();
    private final Set<String> granted = new HashSet<>();
    private final Set<String> spent = new HashSet<>();
    private int generation;
    private int accessEpoch;

    FakeTokens(String appSecret) {
        this.key = new SecretKeySpec(("fake-zalo:" + appSecret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** A new generation: only {@code initialRefreshToken} (if any) is a valid refresh token. */
    void reset(String initialRefreshToken) {
        generation++;
        accessEpoch = 0;
        granted.clear();
        spent.clear();
        if (initialRefreshToken != null && !initialRefreshToken.isBlank()) {
            granted.add(initialRefreshToken);
        }
    }

    /** Every access token issued so far fails from now on. */
    void revokeAccess() {
        accessEpoch++;
    }

    /** A refresh token obtained outside the fake (e.g. by an administrator) becomes valid. */
    void grant(String refreshToken) {
        granted.add(refreshToken);
    }

    String issueAccess(Instant now) {
        return sign("fake-at-" + generation + "." + accessEpoch + "." + (now.getEpochSecond()
                + FakeZalo.ACCESS_TOKEN_SECONDS) + "." + nonce());
    }

    String issueRefresh() {
        return sign("fake-rt-" + generation + "." + nonce());
    }

    boolean validAccess(String token, Instant now) {
        String[] parts = verified(token, "fake-at-");
        return parts != null && parts.length == 5 && parts[0].equals(String.valueOf(generation))
                && parts[1].equals(String.valueOf(accessEpoch)) && Long.parseLong(parts[2]) > now.getEpochSecond();
    }

    /** Spends a refresh token: true if it was valid (it is not any more). */
    boolean spend(String refreshToken) {
        if (refreshToken == null || spent.contains(refreshToken)) {
            return false;
        }
        String[] parts = verified(refreshToken, "fake-rt-");
        boolean valid = granted.contains(refreshToken)
                || parts != null && parts.length == 3 && parts[0].equals(String.valueOf(generation));
        if (valid) {
            spent.add(refreshToken);
        }
        return valid;
    }

    /** The token's fields (the last one its proof) if the proof holds, else {@code null}. */
    private String[] verified(String token, String prefix) {
        if (token == null || !token.startsWith(prefix)) {
            return null;
        }
        int last = token.lastIndexOf('.');
        if (last < 0) {
            return null;
        }
        byte[] given = token.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = proof(token.substring(0, last)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, expected)) {
            return null;
        }
        try {
            String[] parts = token.substring(prefix.length()).split("\\.");
            Long.parseLong(parts[0]);
            return parts;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String sign(String payload) {
        return payload + "." + proof(payload);
    }

    private String proof(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HEX.formatHex(Arrays.copyOf(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)), 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    private String nonce() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return HEX.formatHex(bytes);
    }
}
