package vn.cityhall.feedback.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Texts;

/**
 * Issues, revokes and checks API keys. A key is 32 random bytes in base64url (43 characters), shown
 * once; the database keeps its SHA-256 hash and its first {@value #PREFIX_LENGTH} characters. Checking
 * a key looks its prefix up and compares the hashes in constant time. Lookups are cached per prefix
 * for {@link FeedbackApiSettings#keyCacheTtl()}, so the intake does not query the clients on every
 * request; issuing or revoking on this node empties the cache at once.
 */
@Service
class ApiKeys {

    static final int KEY_BYTES = 32;
    static final int KEY_LENGTH = 43;
    static final int PREFIX_LENGTH = 8;
    /** Bounds the cache when many unknown prefixes are tried. */
    private static final int MAX_CACHED_PREFIXES = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiClients clients;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final FeedbackApiSettings settings;
    private final Clock clock;
    private final ConcurrentHashMap<String, Lookup> byPrefix = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Instant> lastWritten = new ConcurrentHashMap<>();

    ApiKeys(ApiClients clients, JdbcTemplate jdbc, ApplicationEventPublisher events, FeedbackApiSettings settings,
            Clock clock) {
        this.clients = clients;
        this.jdbc = jdbc;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** A key and what it was issued to; the key exists nowhere else once this is shown. */
    record IssuedKey(ApiClientRow client, String key) {
    }

    private record Candidate(long id, String name, byte[] hash) {
    }

    private record Lookup(List<Candidate> candidates, Instant loadedAt) {
    }

    /** Issues a key to a new client. */
    @Transactional
    IssuedKey issue(String name) {
        String cleaned = Texts.cleanOrNull(name);
        if (cleaned == null) {
            throw new ApiClientRefusal("name", "feedbackapi.clients.error.nameRequired");
        }
        if (cleaned.length() > ApiClient.MAX_NAME_LENGTH) {
            throw new ApiClientRefusal("name", "feedbackapi.clients.error.nameTooLong", ApiClient.MAX_NAME_LENGTH);
        }
        String key = newKey();
        AuditActor actor = AuditActor.current();
        ApiClient client = clients.save(ApiClient.issue(cleaned, key.substring(0, PREFIX_LENGTH), hash(key),
                actor.personId(), clock.instant()));
        events.publishEvent(new ApiClientIssued(client.id(), client.name(), client.keyPrefix(), actor));
        byPrefix.clear();
        return new IssuedKey(ApiClientRow.of(client), key);
    }

    /** Revokes a client's key; it stops working on this node at once, elsewhere within the cache's lifetime. */
    @Transactional
    ApiClientRow revoke(long id) {
        ApiClient client = clients.findById(id)
                .orElseThrow(() -> new ApiClientRefusal(null, "feedbackapi.clients.error.notFound"));
        if (!client.isActive()) {
            throw new ApiClientRefusal(null, "feedbackapi.clients.error.alreadyRevoked", client.name());
        }
        client.revoke();
        events.publishEvent(new ApiClientRevoked(client.id(), client.name(), client.keyPrefix(), AuditActor.current()));
        byPrefix.clear();
        return ApiClientRow.of(client);
    }

    @Transactional(readOnly = true)
    List<ApiClientRow> list() {
        return clients.findAllByOrderByCreatedAtDescIdDesc().stream().map(ApiClientRow::of).toList();
    }

    /** The active client the key belongs to, or empty for a missing, malformed, unknown or revoked key. */
    Optional<ApiClientIdentity> authenticate(String key) {
        if (key == null || key.length() != KEY_LENGTH) {
            return Optional.empty();
        }
        byte[] presented = hash(key).getBytes(StandardCharsets.US_ASCII);
        Candidate match = null;
        for (Candidate candidate : candidates(key.substring(0, PREFIX_LENGTH))) {
            // Every candidate is compared, in constant time, whatever matched before.
            if (MessageDigest.isEqual(candidate.hash(), presented)) {
                match = candidate;
            }
        }
        if (match == null) {
            return Optional.empty();
        }
        recordUse(match.id());
        return Optional.of(new ApiClientIdentity(match.id(), match.name()));
    }

    private List<Candidate> candidates(String prefix) {
        Instant now = clock.instant();
        Lookup cached = byPrefix.get(prefix);
        if (cached != null && cached.loadedAt().plus(settings.keyCacheTtl()).isAfter(now)) {
            return cached.candidates();
        }
        List<Candidate> loaded = jdbc.query(
                "select id, name, key_hash from feedback_api_client where key_prefix = ? and active = true",
                (rs, row) -> new Candidate(rs.getLong("id"), rs.getString("name"),
                        rs.getString("key_hash").getBytes(StandardCharsets.US_ASCII)), prefix);
        if (byPrefix.size() >= MAX_CACHED_PREFIXES) {
            byPrefix.clear();
        }
        byPrefix.put(prefix, new Lookup(loaded, now));
        return loaded;
    }

    /** Writes "last used" at most once per {@link FeedbackApiSettings#lastUsedInterval()} per client and node. */
    private void recordUse(long clientId) {
        Instant now = clock.instant();
        AtomicBoolean due = new AtomicBoolean();
        lastWritten.compute(clientId, (id, previous) -> {
            if (previous == null || !previous.plus(settings.lastUsedInterval()).isAfter(now)) {
                due.set(true);
                return now;
            }
            return previous;
        });
        if (due.get()) {
            jdbc.update("update feedback_api_client set last_used_at = ? where id = ?", W3cTime.utc(now), clientId);
        }
    }

    private static String newKey() {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
