package vn.cityhall.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PersonTests {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(15);

    private final Person person = Person.create(" Canbo.HoanKiem ", new Person.Profile("  Lý Thị Quỳnh ",
            Position.CONG_CHUC, " Quynh@Example.VN ", " 0912345678 ", null), commune(), Set.of(Role.OFFICER),
            "{noop}x", true, NOW);

    @Test
    void createNormalizesUsernameNamesAndEmail() {
        assertThat(person.username()).isEqualTo("canbo.hoankiem");
        assertThat(person.fullName()).isEqualTo("Lý Thị Quỳnh");
        assertThat(person.email()).isEqualTo("quynh@example.vn");
        assertThat(person.phone()).isEqualTo("0912345678");
        assertThat(person.mustChangePassword()).isTrue();
        assertThat(person.isActive()).isTrue();
    }

    @Test
    void theTenthConsecutiveFailureLocksTheAccount() {
        for (int attempt = 1; attempt < 10; attempt++) {
            assertThat(person.recordFailedLogin(NOW, 10, LOCK)).isFalse();
        }
        assertThat(person.recordFailedLogin(NOW, 10, LOCK)).isTrue();
        assertThat(person.isLocked(NOW.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(person.isLocked(NOW.plus(LOCK))).isFalse();
    }

    @Test
    void afterALockRunsOutOneMoreFailureDoesNotLockAgain() {
        for (int attempt = 0; attempt < 10; attempt++) {
            person.recordFailedLogin(NOW, 10, LOCK);
        }
        Instant later = NOW.plus(LOCK).plusSeconds(1);
        assertThat(person.recordFailedLogin(later, 10, LOCK)).isFalse();
        assertThat(person.isLocked(later)).isFalse();
        assertThat(person.failedLogins()).isEqualTo(1);
    }

    @Test
    void successAndUnlockClearTheCount() {
        person.recordFailedLogin(NOW, 10, LOCK);
        person.recordSuccessfulLogin();
        assertThat(person.failedLogins()).isZero();
        for (int attempt = 0; attempt < 10; attempt++) {
            person.recordFailedLogin(NOW, 10, LOCK);
        }
        person.unlock();
        assertThat(person.isLocked(NOW)).isFalse();
        assertThat(person.failedLogins()).isZero();
    }

    private static Unit commune() {
        Unit city = Unit.create(new Unit.UnitDetails("01", "UBND", "UBND", "UBND", LocalDate.of(2025, 7, 1), null, 0),
                UnitType.CITY, null);
        return Unit.create(new Unit.UnitDetails("00070", "Phường Hoàn Kiếm", "UBND phường Hoàn Kiếm", "UBND",
                LocalDate.of(2025, 7, 1), null, 1), UnitType.COMMUNE, city);
    }
}
