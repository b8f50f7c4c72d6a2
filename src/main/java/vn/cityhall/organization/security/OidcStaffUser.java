package vn.cityhall.organization.security;

import java.io.Serial;
import java.util.HashMap;
import java.util.Map;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import vn.cityhall.organization.Person;
import vn.cityhall.organization.StaffUser;

/**
 * A staff member signed in through an OpenID Connect provider: the same {@link StaffUser} every page
 * and the access policy work with, carrying the provider's ID token.
 */
class OidcStaffUser extends StaffUser implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    OidcStaffUser(Person person, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(person.id().value(), person.unit().id().value(), person.username(), null, person.fullName(),
                person.unit().name(), person.position(), person.roles(), person.isActive(), null, false);
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        Map<String, Object> claims = new HashMap<>(idToken.getClaims());
        if (userInfo != null) {
            claims.putAll(userInfo.getClaims());
        }
        return claims;
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    /** The CityHall user name, so that the audit trail and {@code Authentication.getName()} agree. */
    @Override
    public String getName() {
        return getUsername();
    }
}
