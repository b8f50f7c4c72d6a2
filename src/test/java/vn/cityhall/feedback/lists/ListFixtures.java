package vn.cityhall.feedback.lists;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the list page tests share: signing in as a demo account, and codes no other test uses. */
final class ListFixtures {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final long RUN = System.nanoTime() % 100_000;

    private ListFixtures() {
    }

    static RequestPostProcessor as(UserDetailsService accounts, String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** A code unique in this test run, e.g. {@code T_4711_3}. */
    static String code(String prefix) {
        return prefix + "_" + RUN + "_" + NEXT.incrementAndGet();
    }

    /** A mobile number unique in this test run, in stored form. */
    static String phone() {
        return String.format("0866%06d", (RUN * 100 + NEXT.incrementAndGet()) % 1_000_000);
    }
}
