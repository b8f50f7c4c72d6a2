package vn.cityhall.tasks.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.cityhall.DatabaseTest;
import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.ObligationRole;
import vn.cityhall.tasks.Task;
import vn.cityhall.tasks.TaskId;
import vn.cityhall.tasks.TaskManagement;
import vn.cityhall.tasks.Tasks;

@SpringBootTest
@DatabaseTest
class TaskTalliesIntegrationTests {

    @Autowired
    TaskManagement management;

    @Autowired
    TaskTallies tallies;

    @Autowired
    Tasks tasks;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    OrganizationDirectory directory;

    TallyCounters counters;
    StaffUser chairman;
    StaffUser director;
    StaffUser officer;

    @BeforeEach
    void setUp() {
        counters = new TallyCounters(jdbc);
        chairman = (StaffUser) accounts.loadUserByUsername("chutich");
        director = (StaffUser) accounts.loadUserByUsername("giamdoc.sxd");
        officer = (StaffUser) accounts.loadUserByUsername("chuyenvien.sxd");
    }

    @Test
    void theCountFollowsTheTaskThroughDelegationOverdueExtensionAndCompletion() {
        long department = unit("01.SXD");
        long division = unit("01.SXD.HTKT");
        TaskId id = management.assign(chairman, new TaskManagement.Assignment("Kiểm tra an toàn cầu Long Biên", null,
                department, null, null, null, null, 5));
        assertThat(counters.stateOf(id.value())).containsExactly(department + "/0/OPEN");

        management.delegate(director, id, division, officer.personId(), null);
        assertThat(counters.stateOf(id.value())).containsExactly(division + "/" + officer.personId() + "/OPEN");
        assertThat(counters.counters()).isEqualTo(counters.countersFromStates());

        Task task = tasks.findById(id.value()).orElseThrow();
        assertThat(tallies.sweepOverdue(task.dueAt().plus(Duration.ofHours(1)))).isPositive();
        assertThat(counters.stateOf(id.value())).containsExactly(division + "/" + officer.personId() + "/OVERDUE");
        assertThat(counters.counters()).isEqualTo(counters.countersFromStates());

        LocalDate later = calendar.addWorkingDays(LocalDate.now(calendar.settings().zone()), 20);
        management.requestExtension(officer, id, later, "Chờ kết quả kiểm định");
        management.decideExtension(chairman, id, true, null);
        assertThat(counters.stateOf(id.value())).as("an approved extension makes it open within its deadline again")
                .containsExactly(division + "/" + officer.personId() + "/OPEN");

        management.complete(officer, id, "Đã kiểm tra, lập biên bản", List.of());
        assertThat(counters.stateOf(id.value())).containsExactly(division + "/" + officer.personId() + "/DONE_ON_TIME");
        assertThat(counters.counters()).isEqualTo(counters.countersFromStates());
    }

    @Test
    void tasksForInformationAndCancelledTasksAreCountedApart() {
        TaskId inform = management.assign(chairman, new TaskManagement.Assignment("Để biết: lịch tiếp công dân", null,
                unit("01.SXD"), null, ObligationRole.INFORM, null, null, 3));
        assertThat(counters.stateOf(inform.value())).isEmpty();

        TaskId cancelled = management.assign(chairman, new TaskManagement.Assignment("Rà soát biển báo", null,
                unit("01.SXD"), null, null, null, null, 3));
        management.cancel(chairman, cancelled, "Đã giao cho đơn vị khác");
        assertThat(counters.stateOf(cancelled.value())).containsExactly(unit("01.SXD") + "/0/CANCELLED");
        assertThat(counters.counters()).isEqualTo(counters.countersFromStates());
    }

    private long unit(String code) {
        return directory.unitByCode(code).orElseThrow().id().value();
    }
}
