package vn.cityhall.organization.security;

import java.util.List;

/**
 * The explicit allowlist of routes that anyone may reach without signing in. Everything else
 * requires a staff login; the route-security test checks every registered route against this list.
 */
public final class PublicRoutes {

    /** Ant-style path patterns open to anonymous requests. */
    public static final List<String> PATTERNS = List.of(
            "/login",
            "/error",
            "/webjars/**",
            "/css/**",
            "/js/**",
            "/img/**",
            "/favicon.ico",
            "/actuator/health",
            "/actuator/health/**",
            // The citizens' portal (feedback form and tracking): no login.
            "/portal",
            "/portal/**",
            // Open311 GeoReport v2: reading is public as the specification has it; posting needs an API
            // key, checked by the feedback module's own filter chain (no session, no CSRF).
            "/open311/**",
            // The Zalo webhook: Zalo's servers sign each event, checked by the zalo module's own filter chain.
            "/zalo/webhook",
            // The fake Zalo (tests and the demo's simulator; only there when cityhall.zalo.fake.enabled=true),
            // open like Zalo's API, with its own filter chain (no session, no CSRF).
            "/zalo-fake/**");

    private PublicRoutes() {
    }
}
