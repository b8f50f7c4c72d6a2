package vn.cityhall.zalo.outbound;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.cityhall.DatabaseTest;
import vn.cityhall.shared.CityZone;
import vn.cityhall.zalo.fake.FakeZalo;

/**
 * One application with the fake Zalo on, reached over real HTTP: the client's three base URLs point at
 * {@code http://localhost:<port>/zalo-fake/...}. The outbox is driven by the tests ({@code automatic=false})
 * on a clock they move. Each test starts from an empty outbox, no stored token and a fresh fake.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "cityhall.zalo.fake.enabled=true",
        "cityhall.zalo.outbox.automatic=false",
        "cityhall.zalo.zns-status-template-id=7895417a7d3f9461cd2e"})
@AutoConfigureMockMvc
@Import(FakeZaloContext.Clocks.class)
@DatabaseTest
public abstract class FakeZaloContext {

    static final int PORT = freePort();
    static final Instant START = Instant.parse("2026-06-01T03:00:00Z");

    @DynamicPropertySource
    static void pointTheClientAtTheFake(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("cityhall.zalo.open-api-url", () -> "http://localhost:" + PORT + "/zalo-fake/openapi");
        registry.add("cityhall.zalo.oauth-url", () -> "http://localhost:" + PORT + "/zalo-fake/oauth");
        registry.add("cityhall.zalo.business-url", () -> "http://localhost:" + PORT + "/zalo-fake/business");
    }

    /** Imported, not nested configuration: the context's clock is the tests' movable one. */
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(START);
        }
    }

    @Autowired
    FakeZalo zalo;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startAfresh() {
        jdbc.sql("delete from zalo_outbox").update();
        jdbc.sql("delete from zalo_token").update();
        clock.set(START);
        zalo.reset();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A clock the tests move; the application, the outbox and the fake all read it. */
    static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void set(Instant instant) {
            now.set(instant);
        }

        void advance(Duration duration) {
            now.updateAndGet(current -> current.plus(duration));
        }

        @Override
        public ZoneId getZone() {
            return CityZone.ID;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
