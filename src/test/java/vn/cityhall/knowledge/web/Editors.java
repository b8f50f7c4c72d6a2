package vn.cityhall.knowledge.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signing in as a demo account in the page tests. */
final class Editors {

    private Editors() {
    }

    static RequestPostProcessor as(UserDetailsService accounts, String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
