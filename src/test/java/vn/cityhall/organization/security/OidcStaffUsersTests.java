package vn.cityhall.organization.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionCallback;

import vn.cityhall.organization.People;
import vn.cityhall.organization.Person;
import vn.cityhall.organization.Position;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.organization.Unit;
import vn.cityhall.organization.UnitType;

/** The mapping of an OpenID Connect user to a staff member, without a provider. */
class OidcStaffUsersTests {

    private final People people = mock(People.class);
    private final TransactionTemplate transactions = mock(TransactionTemplate.class);

    @SuppressWarnings("unchecked")
    private OidcStaffUsers users(String claim, Map<String, Object> claims) {
        org.mockito.Mockito.doAnswer(invocation ->
                ((TransactionCallback<Object>) invocation.getArgument(0)).doInTransaction(null))
                .when(transactions).execute(org.mockito.ArgumentMatchers.any());
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                new java.util.HashMap<>(Map.of("sub", "abc")) {
                    {
                        putAll(claims);
                    }
                });
        SecuritySettings settings = new SecuritySettings("", false, 10, Duration.ofMinutes(15), 10, null,
                new SecuritySettings.Oidc(claim));
        return new OidcStaffUsers(request -> new DefaultOidcUser(List.of(), token), people, settings, transactions);
    }

    private static Person person(String username, String email) {
        Unit unit = Unit.create(new Unit.UnitDetails("01", "UBND", "UBND thành phố Hà Nội", "UBND",
                LocalDate.of(2025, 7, 1), null, 0), UnitType.CITY, null);
        ReflectionTestUtils.setField(unit, "id", 7L);
        Person person = Person.create(username, new Person.Profile("Lê Minh Cường", Position.CHANH_VAN_PHONG, email,
                null, null), unit, EnumSet.of(Role.LEADER), "{noop}x", false, Instant.now());
        ReflectionTestUtils.setField(person, "id", 42L);
        return person;
    }

    @Test
    void mapsByPreferredUserNameToAStaffUser() {
        when(people.findByUsername("chanhvanphong")).thenReturn(Optional.of(person("chanhvanphong", null)));
        var user = users("preferred_username", Map.of("preferred_username", " ChanhVanPhong ")).loadUser(
                mock(OidcUserRequest.class));
        assertThat(user).isInstanceOf(StaffUser.class);
        StaffUser staff = (StaffUser) user;
        assertThat(staff.personId()).isEqualTo(42L);
        assertThat(staff.roles()).containsExactly(Role.LEADER);
        assertThat(user.getName()).isEqualTo("chanhvanphong");
        assertThat(user.getIdToken().getSubject()).isEqualTo("abc");
        assertThat(staff.getAuthorities()).extracting(a -> a.getAuthority()).containsExactly("ROLE_LEADER");
    }

    @Test
    void mapsByEmailWhenConfigured() {
        when(people.findByEmail("cuong@hanoi.gov.vn")).thenReturn(Optional.of(person("cuong", "cuong@hanoi.gov.vn")));
        var user = users("email", Map.of("email", "Cuong@Hanoi.gov.vn")).loadUser(mock(OidcUserRequest.class));
        assertThat(user.getName()).isEqualTo("cuong");
        verify(people, never()).findByUsername(org.mockito.ArgumentMatchers.any());
    }

    @Test
    void refusesAnUnknownUserAndNeverCreatesOne() {
        when(people.findByUsername("nobody")).thenReturn(Optional.empty());
        assertThatThrownBy(() -> users("preferred_username", Map.of("preferred_username", "nobody"))
                .loadUser(mock(OidcUserRequest.class)))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class, e ->
                        assertThat(e.getError().getErrorCode()).isEqualTo(OidcStaffUsers.UNKNOWN_ACCOUNT));
        verify(people, never()).save(org.mockito.ArgumentMatchers.any());
    }

    @Test
    void refusesAnInactiveStaffMemberAndAMissingClaim() {
        Person inactive = person("daroi", null);
        inactive.deactivate();
        when(people.findByUsername("daroi")).thenReturn(Optional.of(inactive));
        assertThatThrownBy(() -> users("preferred_username", Map.of("preferred_username", "daroi"))
                .loadUser(mock(OidcUserRequest.class))).isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> users("preferred_username", Map.of()).loadUser(mock(OidcUserRequest.class)))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }
}
