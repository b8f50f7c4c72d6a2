package vn.cityhall.organization.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Slows down a source address that keeps failing to sign in, whatever accounts it tries. After
 * {@code maxFailures} failures within the window, the address must wait before each further
 * attempt; the wait doubles with every further failure, up to a maximum. Nothing sleeps: a request
 * that comes too early is refused at once.
 *
 * <p>The state lives in this node's memory, bounded to the most recently seen addresses; the
 * per-account lock (persisted on the person) is what holds across nodes and restarts. A successful
 * sign-in does not clear an address, so that one valid account cannot be used to reset the count
 * while guessing the passwords of others.
 */
@Component
class AddressThrottle {

    private record Failures(int count, Instant lastFailure) {
    }

    private final SecuritySettings.Address settings;
    private final Clock clock;
    private final Map<String, Failures> failures;

    AddressThrottle(SecuritySettings settings, Clock clock) {
        this.settings = settings.address();
        this.clock = clock;
        int capacity = Math.max(1, this.settings.trackedAddresses());
        this.failures = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > capacity;
            }
        };
    }

    /** How long the address must still wait before it may try again; zero when it may try now. */
    synchronized Duration waitBefore(String address) {
        Instant now = clock.instant();
        Failures current = current(key(address), now);
        if (current == null || current.count() < settings.maxFailures()) {
            return Duration.ZERO;
        }
        Instant allowedAt = current.lastFailure().plus(delayAfter(current.count()));
        return allowedAt.isAfter(now) ? Duration.between(now, allowedAt) : Duration.ZERO;
    }

    /** Counts a failed sign-in (wrong password, unknown user, wrong code) from the address. */
    synchronized void failed(String address) {
        Instant now = clock.instant();
        String key = key(address);
        Failures current = current(key, now);
        failures.put(key, new Failures(current == null ? 1 : current.count() + 1, now));
    }

    /** The wait imposed after {@code count} failures: none below the threshold, then doubling. */
    Duration delayAfter(int count) {
        if (count < settings.maxFailures()) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - settings.maxFailures(), 30);
        Duration delay = settings.initialDelay().multipliedBy(1L << doublings);
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    synchronized int trackedAddresses() {
        return failures.size();
    }

    /** The address's failures, or {@code null} once the window and any wait have passed without failure. */
    private Failures current(String key, Instant now) {
        Failures current = failures.get(key);
        if (current == null) {
            return null;
        }
        Instant forgetAt = current.lastFailure().plus(settings.window()).plus(delayAfter(current.count()));
        if (!forgetAt.isAfter(now)) {
            failures.remove(key);
            return null;
        }
        return current;
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }
}
