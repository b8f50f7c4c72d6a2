package vn.cityhall.feedback.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in the client whose API key the request carries: in the {@code X-Api-Key} header, or, for
 * Open311, in the {@code api_key} parameter as the specification has it. A request without a valid key
 * goes on anonymously; the rules of the path decide what it may do (Open311 GETs are public).
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Api-Key";
    static final String OPEN311_PARAMETER = "api_key";
    /** Request attribute set when a key was given, so that the refusal can say "invalid" rather than "missing". */
    static final String KEY_GIVEN = ApiKeyFilter.class.getName() + ".given";

    private final ApiKeys keys;

    ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if ((key == null || key.isBlank()) && request.getRequestURI().startsWith(request.getContextPath() + "/open311/")) {
            key = request.getParameter(OPEN311_PARAMETER);
        }
        if (key != null && !key.isBlank()) {
            request.setAttribute(KEY_GIVEN, Boolean.TRUE);
            keys.authenticate(key.strip()).ifPresent(client -> {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new ApiClientAuthentication(client));
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }
}
