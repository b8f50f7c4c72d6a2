package vn.cityhall.feedback.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.cityhall.DatabaseTest;

@SpringBootTest
@DatabaseTest
@RecordApplicationEvents
class ApiKeysIntegrationTests {

    @Autowired
    ApiKeys keys;

    @Autowired
    ApiClients clients;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    FeedbackApiSettings settings;

    @Test
    void aKeyIsThirtyTwoRandomBytesKeptOnlyAsItsHashAndPrefix(ApplicationEvents events) {
        ApiKeys.IssuedKey issued = keys.issue("  Ứng dụng iHanoi ");

        assertThat(issued.key()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(issued.client().name()).isEqualTo("Ứng dụng iHanoi");
        ApiClient stored = clients.findById(issued.client().id()).orElseThrow();
        assertThat(stored.keyHash()).isEqualTo(ApiKeys.hash(issued.key())).hasSize(64).doesNotContain(issued.key());
        assertThat(stored.keyPrefix()).isEqualTo(issued.key().substring(0, 8));
        assertThat(jdbc.queryForObject("select count(*) from feedback_api_client where key_hash = ? or key_prefix = ?",
                Long.class, issued.key(), issued.key())).isZero();
        assertThat(keys.issue("Khác").key()).isNotEqualTo(issued.key());
        assertThat(events.stream(ApiClientIssued.class).filter(e -> e.clientId() == issued.client().id())).singleElement()
                .satisfies(e -> assertThat(e.auditDetail()).contains(stored.keyPrefix()).doesNotContain(issued.key()));
    }

    @Test
    void onlyTheIssuedKeyAuthenticates() {
        String key = keys.issue("Cổng Open311").key();

        assertThat(keys.authenticate(key)).hasValueSatisfying(client -> assertThat(client.name()).isEqualTo("Cổng Open311"));
        String wrongEnd = key.substring(0, 42) + (key.charAt(42) == 'A' ? 'B' : 'A');
        assertThat(keys.authenticate(wrongEnd)).as("same prefix, other key").isEmpty();
        assertThat(keys.authenticate(key.substring(1))).isEmpty();
        assertThat(keys.authenticate(null)).isEmpty();
        assertThat(keys.authenticate("")).isEmpty();
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnceAndTheRevocationIsAudited(ApplicationEvents events) {
        ApiKeys.IssuedKey issued = keys.issue("Ứng dụng cũ");
        assertThat(keys.authenticate(issued.key())).isPresent();

        keys.revoke(issued.client().id());

        assertThat(keys.authenticate(issued.key())).isEmpty();
        assertThat(events.stream(ApiClientRevoked.class).filter(e -> e.clientId() == issued.client().id())).hasSize(1);
        assertThatThrownBy(() -> keys.revoke(issued.client().id())).isInstanceOfSatisfying(ApiClientRefusal.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo("feedbackapi.clients.error.alreadyRevoked"));
    }

    @Test
    void anotherNodeStopsAcceptingARevokedKeyWithinTheCacheLifetime() {
        MutableClock clock = new MutableClock(Instant.now());
        ApiKeys otherNode = new ApiKeys(clients, jdbc, publisher, settings, clock);
        ApiKeys.IssuedKey issued = keys.issue("Hệ thống quận");
        assertThat(otherNode.authenticate(issued.key())).isPresent();

        keys.revoke(issued.client().id());

        assertThat(otherNode.authenticate(issued.key())).as("still cached").isPresent();
        clock.advance(settings.keyCacheTtl().plusSeconds(1));
        assertThat(otherNode.authenticate(issued.key())).isEmpty();
    }

    @Test
    void lastUseIsWrittenAtMostOncePerInterval() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        MutableClock clock = new MutableClock(start);
        ApiKeys node = new ApiKeys(clients, jdbc, publisher, settings, clock);
        ApiKeys.IssuedKey issued = keys.issue("Ứng dụng bận rộn");

        node.authenticate(issued.key());
        assertThat(lastUsed(issued)).isEqualTo(start);
        clock.advance(Duration.ofSeconds(30));
        node.authenticate(issued.key());
        assertThat(lastUsed(issued)).as("not written again within the interval").isEqualTo(start);
        clock.advance(settings.lastUsedInterval());
        node.authenticate(issued.key());
        assertThat(lastUsed(issued)).isEqualTo(clock.instant());
    }

    @Test
    void aClientNeedsANameAndNothingIsStoredWithout() {
        long before = clients.count();
        assertThatThrownBy(() -> keys.issue("   ")).isInstanceOfSatisfying(ApiClientRefusal.class,
                refusal -> assertThat(refusal.field()).isEqualTo("name"));
        assertThatThrownBy(() -> keys.issue("x".repeat(201))).isInstanceOf(ApiClientRefusal.class);
        assertThat(clients.count()).isEqualTo(before);
    }

    private Instant lastUsed(ApiKeys.IssuedKey issued) {
        return jdbc.queryForObject("select last_used_at from feedback_api_client where id = ?", OffsetDateTime.class,
                issued.client().id()).toInstant();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
