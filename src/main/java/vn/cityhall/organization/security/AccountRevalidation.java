package vn.cityhall.organization.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.web.Htmx;

/**
 * Keeps every signed-in session in step with its account. On each request it compares the version of
 * the person's row with the one the session was built from (one primary-key lookup): when an
 * administrator deactivated the person, the session ends at once; when roles, unit or anything else
 * changed, the session's principal is rebuilt, so the access policy applies the change to the very
 * next request instead of at the next sign-in. Works across nodes, since the database is the reference.
 */
class AccountRevalidation extends OncePerRequestFilter {

    static final String VERSION_ATTRIBUTE = AccountRevalidation.class.getName() + ".version";

    private final AccountStates states;
    private final StaffAccounts accounts;
    private final SignedInSessions sessions;

    AccountRevalidation(AccountStates states, StaffAccounts accounts, SignedInSessions sessions) {
        this.states = states;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session == null || authentication == null || !(authentication.getPrincipal() instanceof StaffUser user)) {
            chain.doFilter(request, response);
            return;
        }
        AccountStates.AccountState state = states.of(user.personId()).orElse(null);
        if (state == null || !state.active()) {
            sessions.signOut(request);
            refuse(request, response);
            return;
        }
        Object known = session.getAttribute(VERSION_ATTRIBUTE);
        if (known instanceof Long version && version != state.version()
                && authentication.getPrincipal() instanceof StaffAccount) {
            accounts.reload(user.person()).ifPresent(account ->
                    sessions.replace(SignedInSessions.rebuild(authentication, account), request, response));
        }
        session.setAttribute(VERSION_ATTRIBUTE, state.version());
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getContextPath() + "/login?ended";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else if (Htmx.isHtmx(request)) {
            response.setHeader("HX-Redirect", login);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendRedirect(login);
        }
    }
}
