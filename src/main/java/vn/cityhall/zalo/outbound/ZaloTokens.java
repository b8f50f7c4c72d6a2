package vn.cityhall.zalo.outbound;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.organization.People;
import vn.cityhall.organization.Role;
import vn.cityhall.shared.CityZone;
import vn.cityhall.zalo.ZaloSettings;

/**
 * The OA's access and refresh tokens (zalo-oa.md §6): kept encrypted in {@code zalo_token}, started from
 * {@code initial-refresh-token} when nothing is stored, refreshed when less than {@code refresh-before}
 * is left and once when Zalo rejects the access token ({@code -216}/{@code -220}).
 * <p>
 * Refresh tokens are single-use, so a refresh is single-flight across nodes: it locks the token row
 * ({@code select ... for update}), reads it again under the lock (a node that waited finds the pair the
 * first node obtained and uses it instead of spending a dead refresh token), calls Zalo, and commits the
 * new pair before anyone uses it. A failed refresh is recorded on the row with Zalo's answer and alerts
 * the system administrators once per run of failures.
 */
@Service
public class ZaloTokens {

    private static final Logger log = LoggerFactory.getLogger(ZaloTokens.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final String ACCESS = "access_token";
    private static final String REFRESH = "refresh_token";

    private final ZaloSettings settings;
    private final ZaloApi api;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final People people;
    private volatile TokenCipher cipher;

    ZaloTokens(ZaloSettings settings, ZaloApi api, JdbcClient jdbc, PlatformTransactionManager transactions,
            Clock clock, ApplicationEventPublisher events, People people) {
        this.settings = settings;
        this.api = api;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.events = events;
        this.people = people;
    }

    /** The row as stored: tokens still encrypted. */
    private record Stored(String access, String refresh, Instant accessExpiresAt, Instant refreshedAt,
            Instant refreshFailedAt, String refreshError) {
    }

    /** A token to call Zalo with: the stored one while it has more than {@code refresh-before} left, else a new one. */
    AccessToken current() {
        Instant now = clock.instant();
        Optional<Stored> stored = read(false);
        if (stored.isPresent() && fresh(stored.get(), now)) {
            return AccessToken.of(cipher().decrypt(stored.get().access(), ACCESS));
        }
        return refresh(row -> !fresh(row, clock.instant()));
    }

    /**
     * Zalo rejected {@code rejected} ({@code -216}/{@code -220}): a new token. When another caller (on this
     * or another node) already replaced it, that newer token is returned and no refresh token is spent.
     */
    AccessToken replace(String rejected) {
        return refresh(row -> row.access() == null || !fresh(row, clock.instant())
                || cipher().decrypt(row.access(), ACCESS).equals(rejected));
    }

    /** The tokens' state for the channel's health page. */
    public ZaloTokenHealth health() {
        return read(false).map(row -> new ZaloTokenHealth(row.accessExpiresAt(), row.refreshedAt(),
                row.refreshFailedAt(), row.refreshError())).orElse(new ZaloTokenHealth(null, null, null, null));
    }

    private boolean fresh(Stored row, Instant now) {
        return row.access() != null && row.accessExpiresAt() != null
                && Duration.between(now, row.accessExpiresAt()).compareTo(settings.refreshBefore()) > 0;
    }

    private AccessToken refresh(Predicate<Stored> needed) {
        createRowIfAbsent();
        return ownTransaction.execute(status -> {
            Stored row = read(true).orElseThrow();
            if (!needed.test(row)) {
                return AccessToken.of(cipher().decrypt(row.access(), ACCESS));
            }
            Instant now = clock.instant();
            String refreshToken = row.refresh() != null ? cipher().decrypt(row.refresh(), REFRESH)
                    : settings.initialRefreshToken();
            if (refreshToken == null || refreshToken.isBlank()) {
                return failed(row, now, "cityhall.zalo.initial-refresh-token is not set");
            }
            ZaloTokenAnswer answer = api.refresh(refreshToken);
            if (!answer.succeeded()) {
                return failed(row, now, answer.body());
            }
            jdbc.sql("update zalo_token set access_token = :access, refresh_token = :refresh, "
                    + "access_expires_at = :expires, refreshed_at = :now, refresh_failed_at = null, "
                    + "refresh_error = null where oa_id = :oa")
                    .param("access", cipher().encrypt(answer.accessToken(), ACCESS))
                    .param("refresh", cipher().encrypt(answer.refreshToken(), REFRESH))
                    .param("expires", utc(now.plusSeconds(answer.expiresInSeconds())))
                    .param("now", utc(now))
                    .param("oa", oaKey())
                    .update();
            log.info("Zalo access token refreshed; it expires in {} s", answer.expiresInSeconds());
            return AccessToken.of(answer.accessToken());
        });
    }

    /** Records the failure (committed with this transaction) and alerts the administrators at the first of a run. */
    private AccessToken failed(Stored row, Instant now, String body) {
        String error = truncate(body, 4000);
        Instant since = row.refreshFailedAt() != null ? row.refreshFailedAt() : now;
        jdbc.sql("update zalo_token set refresh_failed_at = :since, refresh_error = :error where oa_id = :oa")
                .param("since", utc(since)).param("error", error).param("oa", oaKey()).update();
        log.error("Refreshing the Zalo access token failed: {}", error);
        if (row.refreshFailedAt() == null) {
            events.publishEvent(new ZaloTokenRefreshFailed(since, administrators(),
                    List.of(TIME.format(since.atZone(CityZone.ID)))));
        }
        return AccessToken.unavailable("token refresh failed: " + error);
    }

    private Set<Long> administrators() {
        return people.findAllRoleGrants().stream().filter(grant -> grant.getRole() == Role.SYSTEM_ADMIN)
                .map(People.RoleGrant::getPersonId).collect(Collectors.toSet());
    }

    private void createRowIfAbsent() {
        if (read(false).isPresent()) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> jdbc
                    .sql("insert into zalo_token (oa_id) values (:oa) on conflict do nothing")
                    .param("oa", oaKey()).update());
        } catch (DataIntegrityViolationException createdConcurrently) {
            // Another node created it at the same moment: fine.
        }
    }

    private Optional<Stored> read(boolean lock) {
        return jdbc.sql("select access_token, refresh_token, access_expires_at, refreshed_at, refresh_failed_at, "
                + "refresh_error from zalo_token where oa_id = :oa" + (lock ? " for update" : ""))
                .param("oa", oaKey())
                .query(ZaloTokens::stored).optional();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getString("access_token"), rs.getString("refresh_token"),
                instant(rs, "access_expires_at"), instant(rs, "refreshed_at"), instant(rs, "refresh_failed_at"),
                rs.getString("refresh_error"));
    }

    private String oaKey() {
        return settings.oaId() == null || settings.oaId().isBlank() ? "default" : settings.oaId();
    }

    /** Built on first use, so that an installation without Zalo needs no key. */
    private TokenCipher cipher() {
        TokenCipher current = cipher;
        if (current == null) {
            current = new TokenCipher(settings.tokenKey());
            cipher = current;
        }
        return current;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
