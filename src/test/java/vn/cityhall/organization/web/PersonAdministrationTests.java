package vn.cityhall.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;

import vn.cityhall.organization.People;
import vn.cityhall.organization.Person;
import vn.cityhall.organization.PersonId;
import vn.cityhall.organization.Position;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.Unit;
import vn.cityhall.organization.UnitType;
import vn.cityhall.organization.Units;

/** The rule that the city never loses its last active administrator, whoever acts. */
class PersonAdministrationTests {

    private final People people = mock(People.class);
    private final PersonAdministration administration = new PersonAdministration(people, mock(Units.class),
            NoOpPasswordEncoder.getInstance(), new InitialPasswords(), Clock.systemUTC());

    private static Person administrator() {
        Unit city = Unit.create(new Unit.UnitDetails("01", "UBND", "UBND thành phố", "UBND", LocalDate.of(2025, 7, 1),
                null, 0), UnitType.CITY, null);
        return Person.create("root", new Person.Profile("Quản trị", Position.CHUYEN_VIEN, null, null, null), city,
                EnumSet.of(Role.SYSTEM_ADMIN), "x", false, Instant.now());
    }

    @Test
    void refusesToDeactivateTheLastActiveAdministrator() {
        Person last = administrator();
        when(people.findById(7L)).thenReturn(Optional.of(last));
        when(people.countByRolesContainingAndActiveTrue(Role.SYSTEM_ADMIN)).thenReturn(1L);
        assertThatThrownBy(() -> administration.deactivate(PersonId.of(7), null))
                .isInstanceOf(AdminRefusal.class)
                .extracting("key").isEqualTo("organization.person.error.lastAdmin");
        assertThat(last.isActive()).isTrue();
        verify(people, never()).save(any());
    }

    @Test
    void deactivatesAnAdministratorWhenAnotherRemains() {
        Person one = administrator();
        when(people.findById(7L)).thenReturn(Optional.of(one));
        when(people.countByRolesContainingAndActiveTrue(Role.SYSTEM_ADMIN)).thenReturn(2L);
        administration.deactivate(PersonId.of(7), null);
        assertThat(one.isActive()).isFalse();
        verify(people).save(one);
    }
}
