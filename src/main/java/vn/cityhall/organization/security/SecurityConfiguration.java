package vn.cityhall.organization.security;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.cityhall.shared.web.ImageOrigins;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Web security: form login for staff (optionally OpenID Connect besides), every route closed unless
 * on {@link PublicRoutes}, a second factor for accounts with two-factor authentication, CSRF on
 * every form and htmx request, strict security headers with no inline scripts.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** No inline scripts or styles; everything is served from this origin. */
    static final String CONTENT_SECURITY_POLICY = contentSecurityPolicy(List.of());

    /** The policy, with images also allowed from the declared {@link ImageOrigins} (e.g. map tiles). */
    static String contentSecurityPolicy(List<String> imageOrigins) {
        String images = imageOrigins.stream().distinct().map(origin -> " " + origin).collect(Collectors.joining());
        return "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data: blob:" + images + "; font-src 'self'; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /** Browser features no page of CityHall uses; geolocation only for this origin (maps of feedback). */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(self), payment=(), usb=()";

    @Bean
    SecurityFilterChain staffSecurity(HttpSecurity http, SecuritySettings settings,
            ObjectProvider<ClientRegistrationRepository> oidcProviders, OidcStaffUsers oidcUsers, JdbcTemplate jdbc,
            StaffAccounts accounts, SignedInSessions sessions, ObjectProvider<ImageOrigins> imageOrigins)
            throws Exception {
        String policy = contentSecurityPolicy(imageOrigins.orderedStream()
                .flatMap(declared -> declared.origins().stream()).toList());
        RequestMatcher api = pathPattern("/api/**");
        LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        HttpStatusEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        http
            .authorizeHttpRequests(requests -> requests
                .requestMatchers(PublicRoutes.PATTERNS.stream().map(p -> pathPattern(p)).toArray(RequestMatcher[]::new))
                    .permitAll()
                // The code step is for whoever gave the right password, before the second factor.
                .requestMatchers(pathPattern(SignInHandlers.TWO_FACTOR_STEP)).access(passwordGiven())
                .requestMatchers(pathPattern("/actuator/**")).hasRole("SYSTEM_ADMIN")
                // Feedback operators keep the reject reasons and answer templates with the administrators.
                .requestMatchers(pathPattern("/admin/feedback/reject-reasons/**"),
                    pathPattern("/admin/feedback/answer-templates/**")).hasAnyRole("SYSTEM_ADMIN", "FEEDBACK_OPERATOR")
                .requestMatchers(pathPattern("/admin/**")).hasRole("SYSTEM_ADMIN")
                .requestMatchers(pathPattern("/api/v1/admin/**")).hasRole("SYSTEM_ADMIN")
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login")
                .successHandler(SignInHandlers.success())
                .failureHandler(SignInHandlers.failure())
                .permitAll())
            .logout(logout -> logout
                .logoutUrl("/logout")
                .logoutSuccessUrl("/login?logout")
                .deleteCookies("JSESSIONID"))
            .exceptionHandling(errors -> errors
                .defaultAuthenticationEntryPointFor(unauthorized, api)
                .defaultAuthenticationEntryPointFor(login, request -> true)
                .defaultDeniedHandlerForMissingAuthority(entryPoints -> entryPoints
                    .addEntryPointFor(unauthorized, api)
                    .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint(SignInHandlers.TWO_FACTOR_STEP)),
                    TwoFactorRequirement.FACTOR))
            .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
            .addFilterBefore(new AccountRevalidation(new AccountStates(jdbc), accounts, sessions), AuthorizationFilter.class)
            .addFilterAfter(new AccountGate(settings.requireTotpForAdmins()), AuthorizationFilter.class);
        if (oidcProviders.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc
                .loginPage("/login")
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers))
                .successHandler(SignInHandlers.success())
                .failureHandler(SignInHandlers.failure()));
        }
        return http.build();
    }

    /** Signed in with a password (or another first factor), whatever further factor is still missing. */
    private static AuthorizationManager<RequestAuthorizationContext> passwordGiven() {
        return (authentication, context) -> {
            var current = authentication.get();
            return new AuthorizationDecision(current != null && current.isAuthenticated()
                    && !(current instanceof AnonymousAuthenticationToken));
        };
    }

    /** Every authorization rule (pages and methods) also requires the second factor where it is enabled. */
    @Bean
    AuthorizationManagerFactory<Object> authorizationManagerFactory() {
        DefaultAuthorizationManagerFactory<Object> factory = new DefaultAuthorizationManagerFactory<>();
        factory.setAdditionalAuthorization(new TwoFactorRequirement());
        return factory;
    }

    /** The password sign-in with lock-out and address throttling; the only authentication provider bean. */
    @Bean
    StaffAuthenticationProvider staffAuthenticationProvider(StaffAccounts accounts, PasswordEncoder encoder,
            LoginAttempts attempts, Clock clock) {
        return new StaffAuthenticationProvider(accounts, encoder, attempts, clock);
    }

    /**
     * Publishes sign-in successes and failures as events for the audit trail, including CityHall's
     * own refusals: a locked account or a throttled address as a "locked" failure.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        events.setAdditionalExceptionMappings(Map.of(
                AccountLockedException.class, AuthenticationFailureLockedEvent.class,
                LoginThrottledException.class, AuthenticationFailureLockedEvent.class));
        events.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return events;
    }

    /** Publishes access denials as events, so that the audit trail records them. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    /**
     * No observation of each security filter, authentication and authorization: wrapping every filter of
     * every request in an observation cost a tenth of a list page's time, and nothing reads those traces.
     * The requests themselves are still measured ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** bcrypt by default; the delegating encoder keeps older hashes (e.g. imported) verifiable. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
