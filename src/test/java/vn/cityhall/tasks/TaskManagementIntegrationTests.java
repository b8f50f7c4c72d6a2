package vn.cityhall.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.DatabaseTest;
import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.ObligationRole;
import vn.cityhall.shared.Urgency;

@SpringBootTest
@DatabaseTest
@RecordApplicationEvents
class TaskManagementIntegrationTests {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    TaskManagement management;

    @Autowired
    Tasks tasks;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationContext context;

    TaskFixtures fixtures;
    StaffUser chairman;
    StaffUser director;
    StaffUser officer;

    @BeforeEach
    void setUp() {
        fixtures = TaskFixtures.of(context);
        chairman = fixtures.user("chutich");
        director = fixtures.user("giamdoc.sxd");
        officer = fixtures.user("chuyenvien.sxd");
    }

    @Test
    void chairmanAssignsDirectorDelegatesOfficerReportsAndCompletesOnTime(ApplicationEvents events) {
        TaskId id = management.assign(chairman, new TaskManagement.Assignment("Rà soát hệ thống thoát nước mùa mưa",
                "Báo cáo trước mùa mưa bão", fixtures.unit("01.SXD"), null, null, Urgency.URGENT, null, 5));

        Task assigned = tasks.findById(id.value()).orElseThrow();
        var expectedDay = calendar.addWorkingDays(java.time.LocalDate.now(HANOI), 5);
        assertThat(assigned.dueAt().atZone(HANOI).toLocalDate()).isEqualTo(expectedDay);
        assertThat(assigned.dueAt().atZone(HANOI).toLocalTime()).isEqualTo(java.time.LocalTime.of(17, 0));
        assertThat(assigned.assignedBy()).isEqualTo(chairman.personId());
        assertThat(events.stream(TaskAssigned.class).filter(e -> e.task().equals(id))).hasSize(1);

        management.delegate(director, id, fixtures.unit("01.SXD.HTKT"), officer.personId(), "Đồng chí Minh xử lý");
        management.reportProgress(officer, id, 50, "Đã khảo sát 3 tuyến", List.of());
        management.complete(officer, id, "Đã nạo vét, báo cáo kèm theo", List.of());

        Task done = transactions.execute(status -> {
            Task task = tasks.findById(id.value()).orElseThrow();
            task.timeline().size();
            return task;
        });
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.onTime()).isTrue();
        assertThat(done.responsibleUnitId()).isEqualTo(fixtures.unit("01.SXD"));
        assertThat(done.holderPersonId()).isEqualTo(officer.personId());
        assertThat(done.timeline()).extracting(TimelineEntry::kind).containsExactly(TimelineEntry.Kind.ASSIGNED,
                TimelineEntry.Kind.DELEGATED, TimelineEntry.Kind.PROGRESS, TimelineEntry.Kind.COMPLETED);
        assertThat(events.stream(TaskCompleted.class).filter(e -> e.task().equals(id))).singleElement()
                .satisfies(e -> assertThat(e.onTime()).isTrue());
    }

    @Test
    void officerOfAnotherCommuneNeitherSeesNorChangesTheTask() {
        TaskId id = management.assign(chairman, new TaskManagement.Assignment("Kiểm tra chợ Hàng Da", null,
                fixtures.unit("00070"), null, null, null, null, 3));
        StaffUser divisionStaff = fixtures.user("baocao.hoankiem");
        assertThatThrownBy(() -> management.find(officer, id)).isInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> management.reportProgress(officer, id, 10, null, List.of()))
                .isInstanceOf(TaskNotFoundException.class);
        assertThat(management.find(fixtures.user("chutich.hoankiem"), id).title()).isEqualTo("Kiểm tra chợ Hàng Da");
        assertThatThrownBy(() -> management.find(divisionStaff, id))
                .as("a division's staff see a commune task only once it is delegated to them")
                .isInstanceOf(TaskNotFoundException.class);
    }

    @Test
    void onlyLeadersAssignAndOnlyWithinTheirSubtree() {
        assertThatThrownBy(() -> management.assign(officer, new TaskManagement.Assignment("x", null,
                fixtures.unit("01.SXD.HTKT"), null, null, null, null, 2))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> management.assign(director, new TaskManagement.Assignment("x", null,
                fixtures.unit("00070"), null, null, null, null, 2))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> management.assign(director, new TaskManagement.Assignment("x", null,
                fixtures.unit("01.SXD"), fixtures.user("canbo.hoankiem").personId(), null, null, null, 2)))
                .as("the person must work in the chosen unit").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void delegationStaysInsideTheHolderUnitsSubtreeAndOnlyLeadersDelegate() {
        TaskId id = management.assign(chairman, new TaskManagement.Assignment("Cập nhật bản đồ ngập", null,
                fixtures.unit("01.SXD"), null, null, null, null, 4));
        assertThatThrownBy(() -> management.delegate(director, id, fixtures.unit("00070"), null, null))
                .isInstanceOf(TaskRuleViolation.class).hasMessage("tasks.error.delegateOutside");
        management.delegate(director, id, fixtures.unit("01.SXD.HTKT"), officer.personId(), null);
        assertThatThrownBy(() -> management.delegate(officer, id, fixtures.unit("01.SXD.HTKT"), null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(tasks.findById(id.value()).orElseThrow().holderPersonId()).isEqualTo(officer.personId());
    }

    @Test
    void onlyTheAssignerDecidesAnExtensionAndTheDeadlineMoves() {
        TaskId id = management.assign(director, new TaskManagement.Assignment("Thẩm định hồ sơ cấp phép", null,
                fixtures.unit("01.SXD.HTKT"), officer.personId(), null, null, null, 2));
        Instant original = tasks.findById(id.value()).orElseThrow().dueAt();
        var later = calendar.addWorkingDays(original.atZone(HANOI).toLocalDate(), 3);
        management.requestExtension(officer, id, later, "Chờ ý kiến Sở Tài chính");
        assertThatThrownBy(() -> management.decideExtension(officer, id, true, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> management.decideExtension(chairman, id, true, null))
                .as("a leader above is not the assigner").isInstanceOf(AccessDeniedException.class);
        management.decideExtension(director, id, true, "Đồng ý");
        Task task = tasks.findById(id.value()).orElseThrow();
        assertThat(task.dueAt().atZone(HANOI).toLocalDate()).isEqualTo(later);
        assertThat(task.originalDueAt()).isEqualTo(original);
    }

    @Test
    void deadlineOnAHolidayIsRefusedWithTheDate() {
        var nextSunday = java.time.LocalDate.now(HANOI).with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SUNDAY));
        assertThatThrownBy(() -> management.assign(chairman, new TaskManagement.Assignment("x", null,
                fixtures.unit("01.SXD"), null, ObligationRole.LEAD, null, nextSunday, null)))
                .isInstanceOf(TaskRuleViolation.class).hasMessage("tasks.error.dueNotWorkingDay");
    }
}
