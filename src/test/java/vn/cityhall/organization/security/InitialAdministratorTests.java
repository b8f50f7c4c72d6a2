package vn.cityhall.organization.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.cityhall.organization.People;
import vn.cityhall.organization.Person;
import vn.cityhall.organization.Position;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.Unit;
import vn.cityhall.organization.UnitType;
import vn.cityhall.organization.Units;

/** The rules of a real installation's first start, without starting the application. */
class InitialAdministratorTests {

    private final People people = mock(People.class);
    private final Units units = mock(Units.class);
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final Unit office = Unit.create(new Unit.UnitDetails("01.VP", "Văn phòng", "Văn phòng UBND", "VP",
            LocalDate.of(2025, 7, 1), null, 0), UnitType.CITY, null);

    private InitialAdministrator runner(boolean demo, String password) {
        SecuritySettings settings = new SecuritySettings(password, false, 10, Duration.ofMinutes(15), 10, null, null);
        when(units.findByCode("01.VP")).thenReturn(Optional.of(office));
        when(people.findByUsername(any())).thenReturn(Optional.empty());
        return new InitialAdministrator(people, units, encoder, new PasswordPolicy(settings), settings, demo,
                Clock.systemUTC());
    }

    private static void run(InitialAdministrator runner) {
        runner.run(new DefaultApplicationArguments());
    }

    @Test
    void refusesAnEmptyPasswordWhenNoAdministratorExists() {
        assertThatThrownBy(() -> run(runner(false, ""))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CITYHALL_SECURITY_INITIAL_ADMIN_PASSWORD");
        assertThatThrownBy(() -> run(runner(false, null))).isInstanceOf(IllegalStateException.class);
        verify(people, never()).save(any());
    }

    @Test
    void refusesDefaultAndWeakPasswords() {
        for (String weak : new String[] {"admin123", "changeme", DemoPassword.VALUE, "Ngan2026", "onlyletterslong"}) {
            assertThatThrownBy(() -> run(runner(false, weak))).as(weak).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("strong password");
        }
        verify(people, never()).save(any());
    }

    @Test
    void createsTheAdministratorFromTheConfiguredPassword() {
        run(runner(false, "Quan-Tri-Ha-Noi-2026"));
        ArgumentCaptor<Person> saved = ArgumentCaptor.forClass(Person.class);
        verify(people).save(saved.capture());
        Person admin = saved.getValue();
        assertThat(admin.username()).isEqualTo("admin");
        assertThat(admin.roles()).containsExactly(Role.SYSTEM_ADMIN);
        assertThat(encoder.matches("Quan-Tri-Ha-Noi-2026", admin.passwordHash())).isTrue();
        assertThat(admin.passwordHash()).startsWith("{bcrypt}");
    }

    @Test
    void leavesAnExistingAdministratorAlone() {
        InitialAdministrator runner = runner(false, "");
        when(people.existsByRolesContainingAndActiveTrue(Role.SYSTEM_ADMIN)).thenReturn(true);
        assertThatCode(() -> run(runner)).doesNotThrowAnyException();
        verify(people, never()).save(any());
    }

    @Test
    void refusesToStartWhileADemoAccountKeepsTheDemoPassword() {
        InitialAdministrator runner = runner(false, "Quan-Tri-Ha-Noi-2026");
        Person demo = Person.create("chutich", new Person.Profile("Nguyễn Văn An", Position.CHU_TICH, null, null, null),
                office, EnumSet.of(Role.LEADER), encoder.encode(DemoPassword.VALUE), false, java.time.Instant.now());
        when(people.findByUsername("chutich")).thenReturn(Optional.of(demo));
        assertThatThrownBy(() -> run(runner)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'chutich' still has the published demo password");
    }

    @Test
    void doesNothingInDemoMode() {
        assertThatCode(() -> run(runner(true, ""))).doesNotThrowAnyException();
        verify(people, never()).save(any());
    }
}
