package vn.cityhall.organization.security;

import java.util.Locale;
import java.util.Optional;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.organization.People;
import vn.cityhall.organization.Person;

/**
 * Maps a user signed in at an OpenID Connect provider to an existing, active staff member, by the
 * configured claim ({@code preferred_username} by default, or {@code email}). Accounts are never
 * created here: an administrator creates the person first.
 */
@Component
class OidcStaffUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code of a provider user with no active CityHall account. */
    static final String UNKNOWN_ACCOUNT = "cityhall_unknown_account";

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final People people;
    private final SecuritySettings settings;
    private final TransactionTemplate transactions;

    @org.springframework.beans.factory.annotation.Autowired
    OidcStaffUsers(People people, SecuritySettings settings, TransactionTemplate transactions) {
        this(new OidcUserService(), people, settings, transactions);
    }

    OidcStaffUsers(OAuth2UserService<OidcUserRequest, OidcUser> provider, People people, SecuritySettings settings,
            TransactionTemplate transactions) {
        this.provider = provider;
        this.people = people;
        this.settings = settings;
        this.transactions = transactions;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser external = provider.loadUser(request);
        String claim = settings.oidc().usernameClaim();
        Object value = external.getClaims().get(claim);
        String key = value == null ? null : value.toString().strip();
        OidcStaffUser user = transactions.execute(status -> find(claim, key)
                .filter(Person::isActive)
                .map(person -> new OidcStaffUser(person, external.getIdToken(), external.getUserInfo()))
                .orElse(null));
        if (user == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_ACCOUNT,
                    "No active CityHall account matches " + claim + "=" + key, null));
        }
        return user;
    }

    private Optional<Person> find(String claim, String key) {
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        return "email".equals(claim) ? people.findByEmail(key.toLowerCase(Locale.ROOT))
                : people.findByUsername(Person.normalizeUsername(key));
    }
}
