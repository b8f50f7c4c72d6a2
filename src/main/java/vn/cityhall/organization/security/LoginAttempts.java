package vn.cityhall.organization.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.organization.People;
import vn.cityhall.organization.Person;

/**
 * Counts failed and successful sign-ins, for the account (persisted on the person, so a lock holds
 * across restarts and nodes) and for the source address ({@link AddressThrottle}).
 */
@Component
class LoginAttempts {

    private static final int RETRIES = 3;

    private final People people;
    private final AddressThrottle addresses;
    private final SecuritySettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LoginAttempts(People people, AddressThrottle addresses, SecuritySettings settings,
            TransactionTemplate transactions, Clock clock) {
        this.people = people;
        this.addresses = addresses;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Refuses an attempt from an address that must still wait. */
    void checkAddress(String address) {
        Duration wait = addresses.waitBefore(address);
        if (!wait.isZero()) {
            throw new LoginThrottledException(address, wait);
        }
    }

    /**
     * Records a failed attempt (wrong password or wrong code). Returns when the account's lock ends
     * if the account is locked now, so the caller can say so.
     */
    Optional<Instant> failed(String username, String address) {
        addresses.failed(address);
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        String normalized = Person.normalizeUsername(username);
        return withRetries(() -> transactions.execute(status -> {
            Person person = people.findByUsername(normalized).orElse(null);
            if (person == null) {
                return Optional.<Instant>empty();
            }
            Instant now = clock.instant();
            person.recordFailedLogin(now, settings.maxFailedLogins(), settings.lockDuration());
            people.save(person);
            return person.isLocked(now) ? Optional.of(person.lockedUntil()) : Optional.<Instant>empty();
        }));
    }

    /** Records a successful sign-in: the account's count of failures starts again from zero. */
    void succeeded(String username) {
        String normalized = Person.normalizeUsername(username);
        withRetries(() -> transactions.execute(status -> {
            people.findByUsername(normalized)
                    .filter(person -> person.failedLogins() > 0 || person.lockedUntil() != null)
                    .ifPresent(person -> {
                        person.recordSuccessfulLogin();
                        people.save(person);
                    });
            return null;
        }));
    }

    /** Two nodes (or two requests) may count a failure on the same person at once: try again. */
    private static <T> T withRetries(java.util.function.Supplier<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return work.get();
            } catch (OptimisticLockingFailureException conflict) {
                if (attempt >= RETRIES) {
                    throw conflict;
                }
            }
        }
    }
}
