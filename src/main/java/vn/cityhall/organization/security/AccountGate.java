package vn.cityhall.organization.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.cityhall.organization.Role;
import vn.cityhall.shared.web.Htmx;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Keeps a signed-in account on one page until it has done what it must: change a password set by an
 * administrator ({@code mustChangePassword}), then, when configured, enrol in two-factor
 * authentication as an administrator. Only that page, signing out and public resources stay open.
 */
class AccountGate extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";
    static final String TWO_FACTOR_PAGE = "/account/two-factor";

    private final boolean requireTotpForAdmins;
    private final List<RequestMatcher> alwaysOpen;
    private final RequestMatcher api = pathPattern("/api/**");

    AccountGate(boolean requireTotpForAdmins) {
        this.requireTotpForAdmins = requireTotpForAdmins;
        this.alwaysOpen = java.util.stream.Stream.concat(PublicRoutes.PATTERNS.stream(),
                java.util.stream.Stream.of("/logout", "/login/**")).map(p -> (RequestMatcher) pathPattern(p)).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String page = requiredPage(SecurityContextHolder.getContext().getAuthentication());
        if (page == null || isOpen(request, page)) {
            chain.doFilter(request, response);
            return;
        }
        if (api.matches(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else if (Htmx.isHtmx(request)) {
            response.setHeader("HX-Redirect", page);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendRedirect(request.getContextPath() + page);
        }
    }

    /** The page the account must complete first, or {@code null} when it may go anywhere. */
    String requiredPage(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffAccount account)
                || TwoFactorRequirement.isPending(authentication)) {
            return null;
        }
        if (account.mustChangePassword()) {
            return PASSWORD_PAGE;
        }
        if (requireTotpForAdmins && account.is(Role.SYSTEM_ADMIN) && !account.totpEnabled()) {
            return TWO_FACTOR_PAGE;
        }
        return null;
    }

    private boolean isOpen(HttpServletRequest request, String page) {
        return pathPattern(page).matches(request) || pathPattern(page + "/**").matches(request)
                || alwaysOpen.stream().anyMatch(matcher -> matcher.matches(request));
    }
}
