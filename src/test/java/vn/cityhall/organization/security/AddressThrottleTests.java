package vn.cityhall.organization.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class AddressThrottleTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));

    private AddressThrottle throttle(int maxFailures, int tracked) {
        var address = new SecuritySettings.Address(maxFailures, Duration.ofMinutes(15), Duration.ofSeconds(2),
                Duration.ofMinutes(15), tracked);
        var settings = new SecuritySettings("", false, 10, Duration.ofMinutes(15), 10, address,
                new SecuritySettings.Oidc("preferred_username"));
        return new AddressThrottle(settings, clock);
    }

    @Test
    void letsAnAddressTryFreelyBelowTheThreshold() {
        AddressThrottle throttle = throttle(5, 100);
        for (int i = 0; i < 4; i++) {
            throttle.failed("198.51.100.7");
        }
        assertThat(throttle.waitBefore("198.51.100.7")).isZero();
    }

    @Test
    void makesTheAddressWaitAfterTheThresholdAndDoublesTheWait() {
        AddressThrottle throttle = throttle(5, 100);
        for (int i = 0; i < 5; i++) {
            throttle.failed("198.51.100.7");
        }
        assertThat(throttle.waitBefore("198.51.100.7")).isEqualTo(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.waitBefore("198.51.100.7")).isZero();
        throttle.failed("198.51.100.7");
        assertThat(throttle.waitBefore("198.51.100.7")).isEqualTo(Duration.ofSeconds(4));
        clock.advance(Duration.ofSeconds(4));
        throttle.failed("198.51.100.7");
        assertThat(throttle.waitBefore("198.51.100.7")).isEqualTo(Duration.ofSeconds(8));
        assertThat(throttle.waitBefore("198.51.100.8")).as("other addresses are not slowed").isZero();
    }

    @Test
    void capsTheWait() {
        AddressThrottle throttle = throttle(5, 100);
        assertThat(throttle.delayAfter(4)).isZero();
        assertThat(throttle.delayAfter(5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.delayAfter(13)).isEqualTo(Duration.ofSeconds(512));
        assertThat(throttle.delayAfter(14)).isEqualTo(Duration.ofMinutes(15));
        
        assertThat(throttle.delayAfter(500)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void forgetsAnAddressOnceTheWindowPassedWithoutFailure() {
        AddressThrottle throttle = throttle(5, 100);
        for (int i = 0; i < 5; i++) {
            throttle.failed("198.51.100.7");
        }
        clock.advance(Duration.ofMinutes(15).plusSeconds(2));
        assertThat(throttle.waitBefore("198.51.100.7")).isZero();
        throttle.failed("198.51.100.7");
        assertThat(throttle.waitBefore("198.51.100.7")).as("counting starts again").isZero();
    }

    @Test
    void remembersABoundedNumberOfAddresses() {
        AddressThrottle throttle = throttle(1, 3);
        for (int i = 0; i < 1000; i++) {
            throttle.failed("198.51.100." + (i % 250) + "." + i);
        }
        assertThat(throttle.trackedAddresses()).isEqualTo(3);
        assertThat(throttle.waitBefore("198.51.100.249.999")).isPositive();
        assertThat(throttle.waitBefore("198.51.100.0.0")).as("the oldest is forgotten").isZero();
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
