package vn.cityhall.zalo.fake;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** The fake Zalo is open like Zalo's API: no login, no session, no CSRF (it is only ever on in tests and demos). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cityhall.zalo.fake.enabled", havingValue = "true")
class FakeZaloSecurity {

    @Bean
    @Order(5)
    SecurityFilterChain fakeZaloFilterChain(HttpSecurity http) throws Exception {
        http
            .securityMatcher(FakeZaloController.ROOT + "/**")
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .csrf(csrf -> csrf.disable())
            .logout(logout -> logout.disable())
            .requestCache(cache -> cache.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
