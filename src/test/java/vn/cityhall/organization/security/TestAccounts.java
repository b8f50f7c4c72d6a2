package vn.cityhall.organization.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.organization.People;
import vn.cityhall.organization.Person;
import vn.cityhall.organization.Position;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.Units;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Test accounts with unique names (tests in one Spring context share the database), sign-in
 * helpers, and distinct client addresses so that the address throttle of one test never slows
 * another.
 */
final class TestAccounts {

    static final String PASSWORD = "Kiem-Tra-2026-x";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final People people;
    private final Units units;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transactions;

    /** Built from the test's context rather than declared as a bean, so the test shares the common context. */
    static TestAccounts of(ApplicationContext context) {
        return new TestAccounts(context.getBean(People.class), context.getBean(Units.class),
                context.getBean(PasswordEncoder.class), context.getBean(TransactionTemplate.class));
    }

    private TestAccounts(People people, Units units, PasswordEncoder encoder, TransactionTemplate transactions) {
        this.people = people;
        this.units = units;
        this.encoder = encoder;
        this.transactions = transactions;
    }

    /** A new active officer account of Hoàn Kiếm ward with {@link #PASSWORD}. */
    String create(String prefix, Set<Role> roles, boolean mustChangePassword) {
        String username = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
        transactions.executeWithoutResult(status -> people.save(Person.create(username,
                new Person.Profile("Người Kiểm Thử", Position.CHUYEN_VIEN, null, null, null),
                units.findByCode("00070").orElseThrow(), roles, encoder.encode(PASSWORD), mustChangePassword,
                Instant.now())));
        return username;
    }

    String create(String prefix) {
        return create(prefix, Set.of(Role.OFFICER), false);
    }

    Person find(String username) {
        return people.findByUsername(username).orElseThrow();
    }

    void update(String username, Consumer<Person> change) {
        transactions.executeWithoutResult(status -> {
            Person person = people.findByUsername(username).orElseThrow();
            change.accept(person);
            people.save(person);
        });
    }

    /** A client address no other test uses (IPv6 documentation prefix; only a string in a mock request). */
    static String freshAddress() {
        return "2001:db8::" + Integer.toHexString(ADDRESSES.incrementAndGet());
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** Posts the login form; the session keeps the sign-in (or the reason it failed). */
    static MvcResult signIn(MockMvc mvc, MockHttpSession session, String address, String username, String password)
            throws Exception {
        return mvc.perform(post("/login").session(session).with(csrf()).with(from(address))
                .param("username", username).param("password", password)).andReturn();
    }

    /** The login page as shown after a failed attempt. */
    static String loginPage(MockMvc mvc, MockHttpSession session, String address) throws Exception {
        return mvc.perform(get("/login").param("error", "").session(session).with(from(address)))
                .andReturn().getResponse().getContentAsString();
    }
}
