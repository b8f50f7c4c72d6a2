package vn.cityhall.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The benchmark's API client: a fresh key for every run, stored as CityHall stores keys (the first eight
 * characters and the hex SHA-256 of the key, in {@code feedback_api_client}); the keys of earlier runs are
 * revoked. The key exists only in the driver's memory.
 */
final class BenchApiClient {

    static final String NAME = "Benchmark (.bench/run)";
    private static final SecureRandom RANDOM = new SecureRandom();

    private BenchApiClient() {
    }

    /** Registers a new key and returns it. */
    static String register(Connection db) throws Exception {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(key.getBytes(StandardCharsets.UTF_8)));
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (PreparedStatement revoke = db.prepareStatement(
                "update feedback_api_client set active = false where name = ? and active");
                PreparedStatement insert = db.prepareStatement("""
                        insert into feedback_api_client (name, key_prefix, key_hash, active, created_at)
                        values (?, ?, ?, true, current_timestamp)""")) {
            revoke.setString(1, NAME);
            revoke.executeUpdate();
            insert.setString(1, NAME);
            insert.setString(2, key.substring(0, 8));
            insert.setString(3, hash);
            insert.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
        return key;
    }
}
