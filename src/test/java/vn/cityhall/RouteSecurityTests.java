package vn.cityhall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

import vn.cityhall.organization.security.PublicRoutes;

/**
 * Every registered route refuses anonymous requests (a redirect to the login page for pages, 401 for
 * {@code /api/**}) unless it is on the explicit allowlist {@link PublicRoutes#PATTERNS}. A new
 * controller route that is reachable without signing in fails this test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class RouteSecurityTests {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");

    /** A route to call: method and concrete path (path variables filled with a dummy value). */
    record Route(HttpMethod method, String path) implements Comparable<Route> {
        @Override
        public int compareTo(Route other) {
            return (path + " " + method).compareTo(other.path + " " + other.method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserDetailsService users;

    @Test
    void everyRouteOffTheAllowlistRefusesAnonymousRequests() throws Exception {
        Set<Route> routes = routes(mappings);
        assertThat(routes).as("the routes were found").extracting(Route::path)
                .contains("/", "/login", "/account/password", "/account/two-factor", "/login/two-factor");
        List<String> violations = new ArrayList<>();
        for (Route route : routes) {
            MvcResult result = mvc.perform(request(route.method(), route.path()).with(csrf())).andReturn();
            String violation = violation(route, result.getResponse().getStatus(),
                    result.getResponse().getHeader("Location"));
            if (violation != null) {
                violations.add(violation);
            }
        }
        assertThat(violations).as("routes reachable without signing in").isEmpty();
    }

    @Test
    void healthProbesArePublic() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void metricsNeedAnAdministrator() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/actuator/prometheus").with(user(users.loadUserByUsername("chutich"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk());
    }

    /** The check itself, on made-up routes: it must catch an unprotected page or API. */
    @Test
    void theCheckCatchesAnUnprotectedRoute() {
        assertThat(violation(new Route(HttpMethod.GET, "/reports/open"), 200, null)).contains("GET /reports/open");
        assertThat(violation(new Route(HttpMethod.POST, "/feedback/1/answer"), 302, "/somewhere")).isNotNull();
        assertThat(violation(new Route(HttpMethod.GET, "/api/v1/feedback"), 200, null)).isNotNull();
        assertThat(violation(new Route(HttpMethod.GET, "/api/v1/feedback"), 302, "/login"))
                .as("an API answers 401, not a redirect").isNotNull();
        assertThat(violation(new Route(HttpMethod.GET, "/reports"), 302, "/login")).isNull();
        assertThat(violation(new Route(HttpMethod.GET, "/reports"), 302, "http://localhost/login")).isNull();
        assertThat(violation(new Route(HttpMethod.GET, "/api/v1/feedback"), 401, null)).isNull();
        assertThat(violation(new Route(HttpMethod.GET, "/login"), 200, null)).as("allowlisted").isNull();
        assertThat(violation(new Route(HttpMethod.GET, "/webjars/x.js"), 200, null)).isNull();
        assertThat(isPublic("/loginx")).isFalse();
        assertThat(isPublic("/actuator/health/liveness")).isTrue();
        assertThat(isPublic("/actuator/prometheus")).isFalse();
    }

    @Test
    void fillsPathVariablesWithADummyValue() {
        assertThat(concrete("/admin/units/{id}/people/{personId:\\d+}")).isEqualTo("/admin/units/1/people/1");
        assertThat(concrete("/files/{*path}")).isEqualTo("/files/1");
    }

    /** Why the route's answer to an anonymous request is wrong, or {@code null} when it is right. */
    static String violation(Route route, int status, String location) {
        if (isPublic(route.path())) {
            return null;
        }
        if (route.path().startsWith("/api/")) {
            return status == 401 ? null : route + " answered " + status + " instead of 401";
        }
        boolean toLogin = status == 302 && location != null && (location.equals("/login")
                || location.endsWith("://localhost/login"));
        return toLogin ? null : route + " answered " + status + " (" + location + ") instead of a redirect to /login";
    }

    static boolean isPublic(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return PublicRoutes.PATTERNS.stream()
                .anyMatch(pattern -> PathPatternParser.defaultInstance.parse(pattern).matches(container));
    }

    static String concrete(String pattern) {
        return PATH_VARIABLE.matcher(pattern).replaceAll("1");
    }

    static Set<Route> routes(RequestMappingHandlerMapping mappings) {
        Set<Route> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add(new Route(HttpMethod.GET, concrete(pattern)));
                    routes.add(new Route(HttpMethod.POST, concrete(pattern)));
                }
                for (RequestMethod method : methods) {
                    routes.add(new Route(method.asHttpMethod(), concrete(pattern)));
                }
            }
        }
        return routes;
    }
}
