package vn.cityhall.tasks.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.cityhall.DatabaseTest;
import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.LiveUpdate;
import vn.cityhall.shared.ObligationRole;
import vn.cityhall.shared.Urgency;
import vn.cityhall.tasks.TaskDeadlines;
import vn.cityhall.tasks.TaskId;
import vn.cityhall.tasks.TaskManagement;
import vn.cityhall.tasks.Tasks;

/**
 * The acceptance: "a task whose deadline has passed appears as overdue for the officer, their
 * leader and the assigner, with a notification in each bell" — with the demo accounts, through the
 * application's own assignment, delegation and extension.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@RecordApplicationEvents
class TaskEscalationIntegrationTests {

    @Autowired
    TaskReminderJob job;

    @Autowired
    TaskManagement management;

    @Autowired
    Tasks tasks;

    @Autowired
    TaskDeadlines deadlines;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ApplicationContext context;

    ReminderFixtures fixtures;
    StaffUser chairman;
    StaffUser director;
    StaffUser officer;

    @BeforeEach
    void setUp() {
        fixtures = new ReminderFixtures(context);
        chairman = fixtures.user("chutich");
        director = fixtures.user("giamdoc.sxd");
        officer = fixtures.user("chuyenvien.sxd");
    }

    @AfterEach
    void deleteTasks() {
        fixtures.deleteCreated();
    }

    @Test
    void overdueTaskNotifiesTheOfficerTheDepartmentsDirectorAndTheChairmanOnce() {
        TaskId id = assignedByTheChairmanAndDelegatedToTheOfficer();
        Instant due = tasks.findById(id.value()).orElseThrow().dueAt();

        job.pass(due.minusSeconds(60));
        assertThat(reminders(id)).filteredOn(r -> r.step() == ReminderStep.OVERDUE).isEmpty();
        job.pass(due.plusSeconds(60));

        TaskReminded overdue = only(id, ReminderStep.OVERDUE);
        TaskReminded escalated = only(id, ReminderStep.ESCALATED);
        assertThat(overdue.recipients()).containsExactly(officer.personId());
        assertThat(escalated.recipients()).containsExactlyInAnyOrder(director.personId(), chairman.personId());
        assertThat(escalated.urgent()).isTrue();
        assertThat(escalated.notificationKind()).isEqualTo("tasks.escalated");
        assertThat(overdue.notificationKind()).isEqualTo("tasks.overdue");
        Set<Long> notified = new HashSet<>(overdue.recipients());
        notified.addAll(escalated.recipients());
        assertThat(notified).as("exactly the officer, their director and the assigner; not the division head")
                .containsExactlyInAnyOrder(officer.personId(), director.personId(), chairman.personId())
                .doesNotContain(fixtures.person("truongphong.sxd"));
        assertThat(events.stream(LiveUpdate.class)).anySatisfy(update ->
                assertThat(update.recipients()).containsAll(notified));

        events.clear();
        job.pass(due.plus(Duration.ofMinutes(5)));
        job.pass(due.plus(Duration.ofDays(1)));
        assertThat(reminders(id)).as("sent once, whatever the number of passes").isEmpty();
    }

    @Test
    void approvedExtensionArmsTheRemindersAgainForTheNewDeadline() {
        TaskId id = assignedByTheChairmanAndDelegatedToTheOfficer();
        Instant firstDue = tasks.findById(id.value()).orElseThrow().dueAt();
        job.pass(firstDue.plusSeconds(60));
        assertThat(reminders(id)).extracting(TaskReminded::step)
                .containsExactlyInAnyOrder(ReminderStep.OVERDUE, ReminderStep.ESCALATED);

        LocalDate firstDay = firstDue.atZone(deadlines.zone()).toLocalDate();
        LocalDate newDay = calendar.addWorkingDays(firstDay, 3);
        management.requestExtension(officer, id, newDay, "Chờ kết quả khảo sát");
        management.decideExtension(chairman, id, true, "Đồng ý");
        Instant newDue = tasks.findById(id.value()).orElseThrow().dueAt();
        assertThat(newDue).isEqualTo(deadlines.endOf(newDay));

        events.clear();
        job.pass(firstDue.plusSeconds(120));
        assertThat(reminders(id)).as("no longer overdue, 3 working days left").isEmpty();

        job.pass(officeMorning(calendar.addWorkingDays(firstDay, 1)));
        assertThat(reminders(id)).singleElement().satisfies(reminder -> {
            assertThat(reminder.step()).isEqualTo(ReminderStep.DUE_SOON);
            assertThat(reminder.dueAt()).isEqualTo(newDue);
            assertThat(reminder.titleArguments().get(2)).isEqualTo("2");
        });
        job.pass(officeMorning(newDay));
        job.pass(newDue.plusSeconds(60));
        List<TaskReminded> second = reminders(id);
        assertThat(second).extracting(TaskReminded::step).containsExactly(ReminderStep.DUE_SOON,
                ReminderStep.DUE_TODAY, ReminderStep.OVERDUE, ReminderStep.ESCALATED);
        assertThat(second).allSatisfy(reminder -> assertThat(reminder.dueAt()).isEqualTo(newDue));
        assertThat(only(id, ReminderStep.ESCALATED).recipients())
                .containsExactlyInAnyOrder(director.personId(), chairman.personId());
        assertThat(fixtures.reminderRows(id.value(), ReminderStep.OVERDUE)).as("one per deadline").isEqualTo(2);
    }

    private TaskId assignedByTheChairmanAndDelegatedToTheOfficer() {
        TaskId id = management.assign(chairman, new TaskManagement.Assignment("Kiểm tra hệ thống thoát nước quá hạn",
                null, fixtures.unit("01.SXD"), null, ObligationRole.LEAD, Urgency.NORMAL, null, 5));
        fixtures.track(id.value());
        management.delegate(director, id, fixtures.unit("01.SXD.HTKT"), officer.personId(), "Đồng chí Minh xử lý");
        return id;
    }

    private Instant officeMorning(LocalDate day) {
        return day.atTime(9, 0).atZone(deadlines.zone()).toInstant();
    }

    private TaskReminded only(TaskId id, ReminderStep step) {
        List<TaskReminded> found = reminders(id).stream().filter(r -> r.step() == step).toList();
        assertThat(found).as(step.name()).hasSize(1);
        return found.get(0);
    }

    private List<TaskReminded> reminders(TaskId id) {
        return events.stream(TaskReminded.class).filter(r -> r.task().equals(id)).toList();
    }
}
