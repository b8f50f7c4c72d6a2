package vn.cityhall.feedback.api;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Security of the API channels, ahead of the staff security: no session, no login, no CSRF (nothing
 * here is authorized by a cookie), an API key instead. {@code /api/v1/feedback/**} needs a valid key
 * (401 problem document otherwise); {@code /open311/**} is open as the specification has it, and
 * {@code POST requests} checks the key itself to answer 403 in the specification's error format.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackApiSecurity {

    static final String API = "/api/v1/feedback/**";
    static final String OPEN311 = "/open311/**";

    @Bean
    @Order(10)
    SecurityFilterChain feedbackApiFilterChain(HttpSecurity http, ApiKeys keys, ApiProblems problems) throws Exception {
        http
            .securityMatcher(API, OPEN311)
            .authorizeHttpRequests(requests -> requests
                .requestMatchers(pathPattern(OPEN311)).permitAll()
                .anyRequest().hasRole(ApiClientAuthentication.ROLE))
            .csrf(csrf -> csrf.disable())
            .logout(logout -> logout.disable())
            .requestCache(cache -> cache.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
            .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized(problems)))
            .addFilterBefore(new ApiKeyFilter(keys), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /** 401 with a problem document saying whether the key was missing or not valid. */
    private static AuthenticationEntryPoint unauthorized(ApiProblems problems) {
        return (request, response, exception) -> {
            boolean given = request.getAttribute(ApiKeyFilter.KEY_GIVEN) != null;
            String key = given ? "feedbackapi.error.keyInvalid" : "feedbackapi.error.keyMissing";
            response.setHeader("WWW-Authenticate", "ApiKey header=\"" + ApiKeyFilter.HEADER + "\"");
            problems.write(response, problems.problem(HttpStatus.UNAUTHORIZED, request,
                    List.of(problems.error(ApiKeyFilter.HEADER, key)), key));
        };
    }
}
