package vn.cityhall.feedback.api;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A system allowed to send feedback through the API or Open311, with its key kept only as a
 * SHA-256 hash and a short prefix to recognise it by. Revoking is final: a client that needs access
 * again gets a new key.
 */
@Entity
@Table(name = "feedback_api_client")
class ApiClient {

    static final int MAX_NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "key_prefix")
    private String keyPrefix;

    @Column(name = "key_hash")
    private String keyHash;

    private boolean active;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiClient() {
    }

    static ApiClient issue(String name, String keyPrefix, String keyHash, Long createdBy, Instant now) {
        ApiClient client = new ApiClient();
        client.name = name;
        client.keyPrefix = keyPrefix;
        client.keyHash = keyHash;
        client.active = true;
        client.createdBy = createdBy;
        client.createdAt = now;
        return client;
    }

    /** Stops the key from working. */
    void revoke() {
        if (!active) {
            throw new IllegalStateException("API client " + id + " is already revoked");
        }
        active = false;
    }

    long id() {
        return id;
    }

    String name() {
        return name;
    }

    String keyPrefix() {
        return keyPrefix;
    }

    String keyHash() {
        return keyHash;
    }

    boolean isActive() {
        return active;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastUsedAt() {
        return lastUsedAt;
    }
}
