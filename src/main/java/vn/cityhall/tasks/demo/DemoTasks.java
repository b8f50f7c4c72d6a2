package vn.cityhall.tasks.demo;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.organization.UnitId;
import vn.cityhall.tasks.Task;
import vn.cityhall.tasks.TaskDeadlines;
import vn.cityhall.tasks.TaskSource;
import vn.cityhall.tasks.reminders.TaskReminderJob;
import vn.cityhall.tasks.tally.TallyRebuild;

/**
 * Loads {@link DemoTaskSet} once, into an installation without tasks, after the demo accounts
 * exist. History cannot go through the domain (its clock is now), so the rows are written as the
 * domain would have written them, and the dashboard counters are rebuilt from them.
 */
@Component
@Order(2)
@ConditionalOnBooleanProperty("cityhall.demo.tasks")
class DemoTasks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTasks.class);

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final UserDetailsService accounts;
    private final OrganizationDirectory directory;
    private final WorkingCalendar calendar;
    private final TaskDeadlines deadlines;
    private final Clock clock;
    private final TaskReminderJob reminders;
    private final boolean remindersEnabled;

    DemoTasks(JdbcTemplate jdbc, DataSource dataSource, TransactionTemplate transactions, UserDetailsService accounts,
            OrganizationDirectory directory, WorkingCalendar calendar, TaskDeadlines deadlines, Clock clock,
            TaskReminderJob reminders, @Value("${cityhall.tasks.reminders.enabled:true}") boolean remindersEnabled) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.accounts = accounts;
        this.directory = directory;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.clock = clock;
        this.reminders = reminders;
        this.remindersEnabled = remindersEnabled;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        Long existing = jdbc.queryForObject("select count(*) from tasks_task", Long.class);
        if (existing != null && existing > 0) {
            return;
        }
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> DemoTaskSet.all().forEach(task -> insert(task, now)));
        new TallyRebuild(dataSource, deadlines.zone()).run(now);
        log.info("Demo: {} tasks loaded", DemoTaskSet.all().size());
        if (remindersEnabled) {
            // The overdue demo tasks reach the bells now rather than at the first scheduled pass.
            reminders.passNow(clock.instant());
        }
    }

    private void insert(DemoTask demo, Instant now) {
        LocalDate today = LocalDate.now(clock.withZone(deadlines.zone()));
        long unit = unit(demo.unit());
        long holderUnit = demo.holderUnit() == null ? unit : unit(demo.holderUnit());
        Long holder = demo.holder() == null ? null : person(demo.holder());
        long assigner = person(demo.assigner());
        Instant assignedAt = today.minusDays(demo.assignedDaysAgo()).atTime(8, 30).atZone(deadlines.zone()).toInstant();
        Instant due = deadlines.endOf(workingDay(today, demo.due()));
        if (!due.isAfter(assignedAt)) {
            due = deadlines.endOf(calendar.addWorkingDays(today.minusDays(demo.assignedDaysAgo()), 3));
        }
        Instant completedAt = switch (demo.outcome()) {
            case DONE_ON_TIME -> min(due.minus(Duration.ofHours(26)).isAfter(assignedAt)
                    ? due.minus(Duration.ofHours(26)) : due.minus(Duration.ofMinutes(30)), now);
            case DONE_LATE -> min(due.plus(Duration.ofDays(3)), now);
            case OPEN, CANCELLED -> null;
        };
        boolean done = completedAt != null;
        String status = done ? "DONE" : demo.outcome() == DemoTask.Outcome.CANCELLED ? "CANCELLED"
                : demo.progress() > 0 ? "IN_PROGRESS" : "NEW";
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Instant completed = completedAt;
        Instant deadline = due;
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("insert into tasks_task (title, source_module, source_kind,"
                    + " source_reference, responsible_unit_id, holder_unit_id, holder_person_id, role, urgency,"
                    + " assigned_by, assigned_at, original_due_at, due_at, status, progress, result_summary,"
                    + " completed_at, completed_by, on_time, created_at, updated_at, search_text)"
                    + " values (?, 'tasks', ?, ?, ?, ?, ?, 'LEAD', 'NORMAL', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            int i = 1;
            insert.setString(i++, demo.title());
            insert.setString(i++, TaskSource.STANDALONE_KIND);
            insert.setString(i++, demo.reference());
            insert.setLong(i++, unit);
            insert.setLong(i++, holderUnit);
            insert.setObject(i++, holder);
            insert.setLong(i++, assigner);
            insert.setTimestamp(i++, Timestamp.from(assignedAt));
            insert.setTimestamp(i++, Timestamp.from(deadline));
            insert.setTimestamp(i++, Timestamp.from(deadline));
            insert.setString(i++, status);
            insert.setInt(i++, done ? 100 : demo.progress());
            insert.setString(i++, done ? "Đã hoàn thành, báo cáo kết quả kèm theo." : null);
            insert.setTimestamp(i++, completed == null ? null : Timestamp.from(completed));
            insert.setObject(i++, done ? (holder == null ? assigner : holder) : null);
            insert.setObject(i++, done ? !completed.isAfter(deadline) : null);
            insert.setTimestamp(i++, Timestamp.from(assignedAt));
            insert.setTimestamp(i++, Timestamp.from(completed == null ? assignedAt : completed));
            insert.setString(i, Task.searchText(demo.title(), demo.reference()));
            return insert;
        }, key);
        long id = key.getKey().longValue();
        timeline(id, "ASSIGNED", assignedAt, assigner, null, null, "unit:" + unit);
        if (holderUnit != unit || holder != null) {
            long delegatedBy = leaderOf(unit, assigner);
            Instant at = assignedAt.plus(Duration.ofHours(2));
            jdbc.update("insert into tasks_delegation (task_id, at, by_person_id, from_unit_id, to_unit_id, to_person_id)"
                    + " values (?, ?, ?, ?, ?, ?)", id, Timestamp.from(at), delegatedBy, unit, holderUnit, holder);
            timeline(id, "DELEGATED", at, delegatedBy, null, null,
                    "unit:" + holderUnit + (holder == null ? "" : " person:" + holder));
        }
        if (demo.progress() > 0 && !done) {
            timeline(id, "PROGRESS", assignedAt.plus(Duration.ofDays(1)), holder == null ? assigner : holder,
                    demo.progress(), "Đang triển khai, đã hoàn thành một phần khối lượng.", null);
        }
        if (done) {
            timeline(id, "COMPLETED", completed, holder == null ? assigner : holder, 100,
                    "Đã hoàn thành, báo cáo kết quả kèm theo.", null);
        } else if (demo.outcome() == DemoTask.Outcome.CANCELLED) {
            timeline(id, "CANCELLED", assignedAt.plus(Duration.ofDays(2)), assigner, null,
                    "Nội dung đã được giao cho đơn vị khác.", null);
        }
    }

    private void timeline(long task, String kind, Instant at, long actor, Integer progress, String text, String detail) {
        jdbc.update("insert into tasks_timeline (task_id, kind, at, actor_id, progress, text, detail) values"
                + " (?, ?, ?, ?, ?, ?, ?)", task, kind, Timestamp.from(at), actor, progress, text, detail);
    }

    /** The responsible unit's leader among the demo accounts, or the assigner. */
    private long leaderOf(long unit, long assigner) {
        return directory.leadersOf(UnitId.of(unit)).stream()
                .map(leader -> leader.id().value()).findFirst().orElse(assigner);
    }

    private LocalDate workingDay(LocalDate today, int offset) {
        if (offset >= 0) {
            return calendar.addWorkingDays(today, offset);
        }
        LocalDate day = today;
        for (int left = -offset; left > 0; ) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    private long unit(String code) {
        return directory.unitByCode(code).orElseThrow(() -> new IllegalStateException("Demo unit " + code))
                .id().value();
    }

    private long person(String username) {
        return ((StaffUser) accounts.loadUserByUsername(username)).personId();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
