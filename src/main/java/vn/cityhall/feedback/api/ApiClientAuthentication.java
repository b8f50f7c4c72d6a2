package vn.cityhall.feedback.api;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request signed with a valid API key: the client is the principal, with the one role {@code API_CLIENT}. */
final class ApiClientAuthentication extends AbstractAuthenticationToken {

    static final String ROLE = "API_CLIENT";

    private final ApiClientIdentity client;

    ApiClientAuthentication(ApiClientIdentity client) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
        this.client = client;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public ApiClientIdentity getPrincipal() {
        return client;
    }

    @Override
    public String getName() {
        return client.username();
    }
}
