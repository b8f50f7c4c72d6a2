package vn.cityhall.tasks.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cityhall.tasks.reminders.ReminderFixtures.at;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.cityhall.DatabaseTest;
import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.People;
import vn.cityhall.organization.Person;
import vn.cityhall.organization.PersonView;
import vn.cityhall.organization.Position;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.Units;
import vn.cityhall.shared.LiveUpdate;
import vn.cityhall.tasks.TaskId;
import vn.cityhall.tasks.reminders.ReminderFixtures.TaskRow;

/** One pass of the reminder job against the database, with an explicit time. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@RecordApplicationEvents
class TaskReminderJobIntegrationTests {

    // Thursday 6 March 2031, 10:00; Monday 10 March is two working days ahead.
    private static final Instant THURSDAY = at(2031, 3, 6, 10, 0);
    private static final Instant MONDAY_DUE = at(2031, 3, 10, 17, 0);
    private static final Instant LAST_WEEK = at(2031, 2, 27, 9, 0);

    @Autowired
    TaskReminderJob job;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEvents events;

    @Autowired
    OrganizationDirectory directory;

    ReminderFixtures fixtures;
    long officer;
    long chairman;
    long director;

    @BeforeEach
    void setUp() {
        fixtures = new ReminderFixtures(context);
        officer = fixtures.person("chuyenvien.sxd");
        chairman = fixtures.person("chutich");
        director = fixtures.person("giamdoc.sxd");
    }

    @AfterEach
    void deleteTasks() {
        fixtures.deleteCreated();
    }

    @Test
    void remindsTheHolderTwoWorkingDaysBeforeTheDeadlineOnceEvenAfterARestart() {
        TaskRow row = fixtures.sxdTask(LAST_WEEK, MONDAY_DUE);
        long task = fixtures.insert(row);

        job.pass(THURSDAY);

        assertThat(reminders(task)).singleElement().satisfies(reminder -> {
            assertThat(reminder.step()).isEqualTo(ReminderStep.DUE_SOON);
            assertThat(reminder.workingDays()).isEqualTo(2);
            assertThat(reminder.recipients()).containsExactly(officer);
            assertThat(reminder.notificationKind()).isEqualTo("tasks.dueSoon");
            assertThat(reminder.link()).isEqualTo("/tasks/" + task);
            assertThat(reminder.titleArguments()).containsExactly(row.title(), "10/03/2031", "2", "Sở Xây dựng", "17:00");
        });
        assertThat(events.stream(LiveUpdate.class)).anySatisfy(update -> {
            assertThat(update.topic()).isEqualTo("tasks");
            assertThat(update.recipients()).contains(officer);
        });
        assertThat(fixtures.reminderRows(task, ReminderStep.DUE_SOON)).isEqualTo(1);

        events.clear();
        job.pass(THURSDAY.plusSeconds(300));
        TaskReminderJob restarted = new TaskReminderJob(context.getBean(ReminderStore.class),
                context.getBean(ReminderSender.class), directory, context.getBean(WorkingCalendar.class),
                context.getBean(TaskReminderSettings.class));
        restarted.pass(THURSDAY.plus(Duration.ofHours(3)));
        assertThat(reminders(task)).as("neither a second pass nor a restarted job sends it again").isEmpty();
    }

    @Test
    void remindsOnTheLastWorkingDayOnlyTasksAssignedBeforeToday() {
        Instant dueToday = at(2031, 3, 6, 17, 0);
        long yesterdays = fixtures.insert(fixtures.sxdTask(at(2031, 3, 5, 15, 0), dueToday));
        long todays = fixtures.insert(fixtures.sxdTask(at(2031, 3, 6, 8, 30), dueToday));
        long todaysDueMonday = fixtures.insert(fixtures.sxdTask(at(2031, 3, 6, 8, 30), MONDAY_DUE));

        job.pass(THURSDAY);

        assertThat(reminders(yesterdays)).singleElement().satisfies(reminder -> {
            assertThat(reminder.step()).isEqualTo(ReminderStep.DUE_TODAY);
            assertThat(reminder.recipients()).containsExactly(officer);
            assertThat(reminder.urgent()).isFalse();
        });
        assertThat(reminders(todays)).as("the assignment told them this morning").isEmpty();
        assertThat(reminders(todaysDueMonday)).isEmpty();
        assertThat(fixtures.reminderRows(todays, ReminderStep.DUE_TODAY)).isZero();
    }

    @Test
    void closedTasksAndTasksForInformationWithoutDeadlineAreNotReminded() {
        Instant overdue = at(2031, 3, 5, 17, 0);
        TaskRow row = fixtures.sxdTask(LAST_WEEK, overdue);
        long done = fixtures.insert(row.withStatus("DONE"));
        long cancelled = fixtures.insert(row.withStatus("CANCELLED"));
        long inform = fixtures.insert(row.withRole("INFORM", null));
        long inProgress = fixtures.insert(row.withStatus("IN_PROGRESS"));

        job.pass(THURSDAY);

        for (long quiet : List.of(done, cancelled, inform)) {
            assertThat(reminders(quiet)).isEmpty();
            assertThat(fixtures.reminderRows(quiet, ReminderStep.OVERDUE)).isZero();
        }
        assertThat(reminders(inProgress)).extracting(TaskReminded::step)
                .containsExactlyInAnyOrder(ReminderStep.OVERDUE, ReminderStep.ESCALATED);
    }

    @Test
    void aTaskHeldByAUnitRemindsItsActiveStaffAndInactivePeopleHearNothing() {
        long division = fixtures.unit("01.SXD.HTKT");
        long leftTheJob = inactivePerson(division);
        TaskRow row = fixtures.sxdTask(LAST_WEEK, at(2031, 3, 5, 17, 0)).heldBy(division, leftTheJob)
                .assignedBy(leftTheJob);
        long task = fixtures.insert(row);

        job.pass(THURSDAY);

        Set<Long> divisionStaff = ids(directory.peopleIn(UnitId.of(division)));
        assertThat(divisionStaff).contains(officer, fixtures.person("truongphong.sxd")).doesNotContain(leftTheJob);
        assertThat(reminder(task, ReminderStep.OVERDUE).recipients()).isEqualTo(divisionStaff);
        assertThat(reminder(task, ReminderStep.ESCALATED).recipients())
                .as("the inactive assigner is left out; the department's leaders are told")
                .contains(director).doesNotContain(leftTheJob).doesNotContainAnyElementsOf(divisionStaff);
    }

    @Test
    void aPersonWhoIsBothAssignerAndLeaderIsEscalatedToOnceAndHoldersAreNotEscalatedTo() {
        long department = fixtures.unit("01.SXD");
        long byDirector = fixtures.insert(fixtures.sxdTask(LAST_WEEK, at(2031, 3, 5, 17, 0)).assignedBy(director));
        long heldByDepartment = fixtures.insert(fixtures.sxdTask(LAST_WEEK, at(2031, 3, 5, 17, 0))
                .heldBy(department, null));

        job.pass(THURSDAY);

        assertThat(reminders(byDirector)).filteredOn(r -> r.step() == ReminderStep.ESCALATED).singleElement()
                .satisfies(reminder -> assertThat(reminder.recipients()).containsExactly(director));
        Set<Long> departmentStaff = ids(directory.peopleIn(UnitId.of(department)));
        assertThat(reminder(heldByDepartment, ReminderStep.OVERDUE).recipients()).isEqualTo(departmentStaff)
                .contains(director);
        assertThat(reminder(heldByDepartment, ReminderStep.ESCALATED).recipients())
                .as("the director is already told as a holder").containsExactly(chairman);
    }

    @Test
    void twoWorkingDaysBeforeTheMondayAfterTetIsCountedOverTheHoliday() {
        // Tết 2026: Monday 16 – Friday 20 February; the deadline is Monday 23 February, 17:00.
        long task = fixtures.insert(fixtures.sxdTask(at(2026, 2, 2, 9, 0), at(2026, 2, 23, 17, 0)));

        job.pass(at(2026, 2, 11, 10, 0));
        assertThat(reminders(task)).as("Wednesday: 3 working days left").isEmpty();
        job.pass(at(2026, 2, 12, 10, 0));
        assertThat(reminders(task)).singleElement().satisfies(reminder -> {
            assertThat(reminder.step()).isEqualTo(ReminderStep.DUE_SOON);
            assertThat(reminder.titleArguments().subList(1, 3)).containsExactly("23/02/2026", "2");
        });
        events.clear();
        job.pass(at(2026, 2, 17, 10, 0));
        job.pass(at(2026, 2, 21, 10, 0));
        assertThat(reminders(task)).as("nothing during Tết or on the weekend").isEmpty();
        job.pass(at(2026, 2, 23, 8, 0));
        assertThat(reminders(task)).extracting(TaskReminded::step).containsExactly(ReminderStep.DUE_TODAY);
    }

    @Test
    void noScheduleRunsWhereRemindersAreDisabled() {
        assertThat(context.getBean(TaskReminderSettings.class).enabled()).isFalse();
        assertThat(context.getBeansOfType(TaskReminderSchedule.class)).isEmpty();
    }

    @Test
    void reminderSurvivesTheEventPublicationRegistrysSerialization() {
        var serializer = context.getBean(EventSerializer.class);
        TaskReminded reminder = new TaskReminded(TaskId.of(5), ReminderStep.ESCALATED, 0, MONDAY_DUE,
                Set.of(officer, chairman), List.of("Việc", "10/03/2031", "0", "Sở Xây dựng", "17:00"));
        Object stored = serializer.serialize(reminder);
        assertThat(serializer.deserialize(stored, TaskReminded.class)).isEqualTo(reminder);
    }

    private long inactivePerson(long unitId) {
        Units units = context.getBean(Units.class);
        People people = context.getBean(People.class);
        Person person = Person.create("nghiviec." + UUID.randomUUID().toString().substring(0, 8),
                new Person.Profile("Lê Văn Nghỉ", Position.CHUYEN_VIEN, null, null, null),
                units.findById(unitId).orElseThrow(), Set.of(Role.OFFICER), "{noop}x", false, LAST_WEEK);
        person = people.save(person);
        return people.save(person.deactivate()).id().value();
    }

    private static Set<Long> ids(List<PersonView> people) {
        return people.stream().map(p -> p.id().value()).collect(Collectors.toSet());
    }

    private TaskReminded reminder(long task, ReminderStep step) {
        return reminders(task).stream().filter(r -> r.step() == step).findFirst().orElseThrow();
    }

    private List<TaskReminded> reminders(long task) {
        return events.stream(TaskReminded.class).filter(r -> r.task().value() == task).toList();
    }
}
