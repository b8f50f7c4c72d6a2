package vn.cityhall.organization.security;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Replaces the signed-in authentication of the current session, when the account changed under it
 * (new password, two-factor enabled) or a further sign-in factor was given.
 */
@Component
class SignedInSessions {

    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    /**
     * The authentication for a reloaded account: its roles, the sign-in factors already given, and
     * {@code extra} (e.g. the two-factor code just checked).
     */
    static Authentication rebuild(Authentication current, StaffAccount account, GrantedAuthority... extra) {
        List<GrantedAuthority> authorities = new ArrayList<>(account.getAuthorities());
        current.getAuthorities().stream()
                .filter(authority -> authority.getAuthority() != null && authority.getAuthority().startsWith("FACTOR_"))
                .forEach(authorities::add);
        authorities.addAll(List.of(extra));
        var authentication = UsernamePasswordAuthenticationToken.authenticated(account, null, authorities);
        authentication.setDetails(current.getDetails());
        return authentication;
    }

    void replace(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        repository.saveContext(context, request, response);
    }

    /** Ends the session, e.g. when the account got locked during the two-factor step. */
    void signOut(HttpServletRequest request) {
        holder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
