package vn.cityhall.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.organization.People;
import vn.cityhall.organization.Person;
import vn.cityhall.organization.Position;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.Unit;
import vn.cityhall.organization.UnitType;
import vn.cityhall.organization.Units;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * People with unique logins (tests share the database), publishing notification events the way another module
 * does (inside a transaction), and waiting for the asynchronous listener.
 */
public final class NotificationFixtures {

    private static final String DIVISION = "00025.NOTIFY";
    /** The password of every person made here. */
    public static final String PASSWORD = "Thong-Bao-2026";

    private final People people;
    private final Units units;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final UserDetailsService users;

    private NotificationFixtures(ApplicationContext context) {
        this.people = context.getBean(People.class);
        this.units = context.getBean(Units.class);
        this.transactions = context.getBean(TransactionTemplate.class);
        this.events = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.users = context.getBean(UserDetailsService.class);
    }

    public static NotificationFixtures of(ApplicationContext context) {
        return new NotificationFixtures(context);
    }

    /**
     * A new active officer, with or without an e-mail address, in a division made for these tests (under a
     * commune no other test lists), so that other modules' tests that list people never see them.
     */
    public Person person(boolean withEmail) {
        String username = "notify." + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        return transactions.execute(status -> people.save(Person.create(username,
                new Person.Profile("Trần Thị Thông", Position.CHUYEN_VIEN, withEmail ? username + "@test.example" : null,
                        null, null),
                division(), Set.of(Role.OFFICER), "{noop}" + PASSWORD, false, Instant.now())));
    }

    private Unit division() {
        return units.findByCode(DIVISION).orElseGet(() -> units.save(Unit.create(new Unit.UnitDetails(DIVISION,
                "Tổ thử thông báo", "Tổ thử nghiệm thông báo", "TTB", LocalDate.of(2025, 7, 1), null, 0),
                UnitType.DIVISION, units.findByCode("00025").orElseThrow())));
    }

    public Person person() {
        return person(true);
    }

    public Person inactivePerson() {
        Person person = person(true);
        transactions.executeWithoutResult(status -> people.save(people.findById(person.id().value()).orElseThrow().deactivate()));
        return person;
    }

    /** Signs in as the person for a MockMvc request. */
    public RequestPostProcessor as(Person person) {
        return user(users.loadUserByUsername(person.username()));
    }

    public RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /** Publishes the event inside a transaction, as a module's aggregate would; the listener runs after the commit. */
    public void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    /** Publishes the notice and waits until the notifications module has handled it. */
    public void deliver(TestNotice notice) {
        publish(notice);
        awaitHandled(notice.deduplicationKey(), 1);
    }

    /** Waits until the listener has completed {@code times} publications of events with this deduplication key. */
    public void awaitHandled(String deduplicationKey, int times) {
        await(() -> jdbc.queryForObject("select count(*) from event_publication where serialized_event like ? "
                + "and listener_id like '%NotificationListener%' and completion_date is not null", Long.class,
                "%" + deduplicationKey + "%") >= times, "the notification " + deduplicationKey + " handled");
    }

    public long count(long recipientId) {
        return jdbc.queryForObject("select count(*) from notifications_notification where recipient_id = ?", Long.class,
                recipientId);
    }

    public List<Long> ids(long recipientId) {
        return jdbc.queryForList("select id from notifications_notification where recipient_id = ? order by id",
                Long.class, recipientId);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting: " + what);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
