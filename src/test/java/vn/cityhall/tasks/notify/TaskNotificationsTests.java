package vn.cityhall.tasks.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.cityhall.DatabaseTest;
import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.LiveUpdate;
import vn.cityhall.shared.Notifiable;
import vn.cityhall.shared.ObligationRole;
import vn.cityhall.shared.Urgency;
import vn.cityhall.tasks.TaskId;
import vn.cityhall.tasks.TaskManagement;
import vn.cityhall.tasks.Tasks;

/** The task events become notifications and live updates after commit, through the real asynchronous listeners. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class TaskNotificationsTests {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    TaskManagement management;

    @Autowired
    Tasks tasks;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    EventSerializer serializer;

    private final List<Object> published = new CopyOnWriteArrayList<>();
    private final ApplicationListener<ApplicationEvent> recorder = new Recorder();

    /** Keeps the notifications and live updates published on any thread. */
    private final class Recorder implements ApplicationListener<ApplicationEvent> {
        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && (payload.getPayload() instanceof Notifiable || payload.getPayload() instanceof LiveUpdate)) {
                published.add(payload.getPayload());
            }
        }
    }

    @BeforeEach
    void listen() {
        context.addApplicationListener(recorder);
    }

    @AfterEach
    void stopListening() {
        context.getBean(ApplicationEventMulticaster.class).removeApplicationListener(recorder);
    }

    private StaffUser user(String username) {
        return (StaffUser) accounts.loadUserByUsername(username);
    }

    private long unit(String code) {
        return directory.unitByCode(code).orElseThrow().id().value();
    }

    private TaskId assign(String leader, String unit, String person, Urgency urgency) {
        return management.assign(user(leader), new TaskManagement.Assignment(
                "Nhiệm vụ " + UUID.randomUUID().toString().substring(0, 8), null, unit(unit),
                person == null ? null : user(person).personId(), ObligationRole.LEAD, urgency, null, 4));
    }

    /**
     * Waits for the notification, at most a minute: the asynchronous listeners of this shared test context may
     * still be working through the events of the tests before (on PostgreSQL, a reminder load test's left them
     * busy for more than 10 s), and the notification comes after those.
     */
    private Notifiable notification(TaskId id, String kind) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> find(id, kind), Optional::isPresent).orElseThrow();
    }

    private Optional<Notifiable> find(TaskId id, String kind) {
        return published.stream().filter(Notifiable.class::isInstance).map(Notifiable.class::cast)
                .filter(n -> n.link().equals("/tasks/" + id.value()) && n.notificationKind().equals(kind)).findFirst();
    }

    private String dueDate(TaskId id) {
        return DATE.format(tasks.findById(id.value()).orElseThrow().dueAt().atZone(HANOI));
    }

    @Test
    void anAssignmentToAPersonNotifiesThatPerson() {
        TaskId id = assign("truongphong.sxd", "01.SXD.HTKT", "chuyenvien.sxd", Urgency.URGENT);
        Notifiable assigned = notification(id, "tasks.assigned");
        String title = tasks.findById(id.value()).orElseThrow().title();
        assertThat(assigned.recipients()).containsExactly(user("chuyenvien.sxd").personId());
        assertThat(assigned.titleKey()).isEqualTo("tasks.notification.assigned");
        assertThat(assigned.titleArguments()).containsExactly(title, dueDate(id));
        assertThat(assigned.deduplicationKey()).startsWith("tasks.assigned:" + id.value() + ":");
        assertThat(assigned.urgent()).isTrue();
    }

    @Test
    void anAssignmentToAUnitNotifiesItsLeadersButNeverTheActorHimself() {
        TaskId toDepartment = assign("chutich", "01.SXD", null, Urgency.NORMAL);
        assertThat(notification(toDepartment, "tasks.assigned").recipients())
                .containsExactly(user("giamdoc.sxd").personId());
        StaffUser leader = user("truongphong.sxd");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(leader, null, leader.getAuthorities()));
        TaskId toOwnDivision;
        try {
            toOwnDivision = assign("truongphong.sxd", "01.SXD.HTKT", null, Urgency.NORMAL);
        } finally {
            SecurityContextHolder.clearContext();
        }
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3))
                .until(() -> find(toOwnDivision, "tasks.assigned").isEmpty());
    }

    @Test
    void delegationExtensionsAndCompletionReachTheRightPeople() {
        TaskId id = assign("chutich", "01.SXD", null, Urgency.NORMAL);
        management.delegate(user("giamdoc.sxd"), id, unit("01.SXD.HTKT"), user("chuyenvien.sxd").personId(), null);
        Notifiable delegated = notification(id, "tasks.delegated");
        assertThat(delegated.recipients()).containsExactly(user("chuyenvien.sxd").personId());
        assertThat(delegated.titleKey()).isEqualTo("tasks.notification.delegated");

        LocalDate later = calendar.addWorkingDays(
                tasks.findById(id.value()).orElseThrow().dueAt().atZone(HANOI).toLocalDate(), 2);
        management.requestExtension(user("chuyenvien.sxd"), id, later, "Chờ số liệu");
        Notifiable requested = notification(id, "tasks.extensionRequested");
        assertThat(requested.recipients()).containsExactly(user("chutich").personId());
        assertThat(requested.titleArguments()).first().isEqualTo("Bùi Đức Minh");
        assertThat(requested.titleArguments()).last().isEqualTo(DATE.format(later));

        management.decideExtension(user("chutich"), id, true, null);
        Notifiable decided = notification(id, "tasks.extensionDecided");
        assertThat(decided.recipients()).containsExactly(user("chuyenvien.sxd").personId());
        assertThat(decided.titleKey()).isEqualTo("tasks.notification.extensionApproved");
        assertThat(decided.titleArguments()).last().isEqualTo(DATE.format(later));

        management.complete(user("chuyenvien.sxd"), id, "Xong", List.of());
        Notifiable completed = notification(id, "tasks.completed");
        assertThat(completed.recipients()).containsExactly(user("chutich").personId());
        assertThat(completed.titleKey()).isEqualTo("tasks.notification.completedOnTime");
        assertThat(completed.titleArguments()).last().isEqualTo("Bùi Đức Minh");
        assertThat(published.stream().filter(Notifiable.class::isInstance).map(Notifiable.class::cast)
                .filter(n -> n.link().equals("/tasks/" + id.value())).map(Notifiable::deduplicationKey))
                .doesNotHaveDuplicates();
    }

    @Test
    void everyChangeRefreshesThePagesOfThePeopleConcerned() {
        TaskId id = assign("truongphong.sxd", "01.SXD.HTKT", "chuyenvien.sxd", Urgency.NORMAL);
        published.clear();
        management.reportProgress(user("chuyenvien.sxd"), id, 30, null, List.of());
        LiveUpdate update = await().atMost(Duration.ofSeconds(10)).until(() -> published.stream()
                .filter(LiveUpdate.class::isInstance).map(LiveUpdate.class::cast)
                .filter(live -> live.recipients().contains(user("chuyenvien.sxd").personId())).findFirst(),
                Optional::isPresent).orElseThrow();
        assertThat(update.topic()).isEqualTo("tasks");
        assertThat(update.recipients()).contains(user("truongphong.sxd").personId())
                .doesNotContain(user("canbo.hoankiem").personId()).hasSizeLessThanOrEqualTo(500);
    }

    @Test
    void aNotificationSurvivesTheEventRegistrysSerialization() {
        TaskNotification notification = new TaskNotification("tasks.assigned", java.util.Set.of(7L, 9L),
                "tasks.notification.assigned", List.of("Rà soát", "05/01/2026"), "/tasks/42", "tasks.assigned:42:5/null:1", true);
        Object stored = serializer.serialize(notification);
        assertThat(serializer.deserialize(stored, TaskNotification.class)).isEqualTo(notification);
    }
}
