package vn.cityhall.feedback.api;

import java.time.Instant;

/** One API client as the administrators' list shows it (never the key or its hash). */
public record ApiClientRow(long id, String name, String keyPrefix, Instant createdAt, Instant lastUsedAt,
        boolean active) {

    static ApiClientRow of(ApiClient client) {
        return new ApiClientRow(client.id(), client.name(), client.keyPrefix(), client.createdAt(), client.lastUsedAt(),
                client.isActive());
    }
}
