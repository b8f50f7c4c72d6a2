package vn.cityhall.tasks.reminders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reminder job's SQL. Candidates are read with the {@code (status, due_at)} index
 * ({@code tasks_task_open_due_idx}): open tasks whose deadline lies in one window, in deadline order,
 * one batch at a time after a cursor, leaving out (anti-join on the primary key of {@code tasks_reminder})
 * those that already got the step for this deadline. Only the columns a reminder needs are read.
 */
@Component
class ReminderStore {

    private static final String OPEN = "t.status in ('NEW', 'IN_PROGRESS')";

    private static final String CANDIDATES = """
            select t.id, t.title, t.responsible_unit_id, t.holder_unit_id, t.holder_person_id, t.assigned_by, t.due_at
            from tasks_task t
            where %s and t.due_at >= :from and t.due_at < :until
              and (t.due_at > :afterDue or (t.due_at = :afterDue and t.id > :afterId))%s
              and not exists (select 1 from tasks_reminder r where r.task_id = t.id and r.step = :step
                              and r.working_days = :workingDays and r.due_at = t.due_at)
            order by t.due_at, t.id
            limit :limit""";

    /**
     * Records a step as sent, only while the task is still open with the same deadline. When another
     * pass (another node, another thread) has recorded it first, nothing is inserted: the insert waits
     * for that pass's transaction and then does nothing.
     */
    private static final String CLAIM = """
            insert into tasks_reminder (task_id, step, working_days, due_at, sent_at, recipients)
            select t.id, :step, :workingDays, t.due_at, :sentAt, :recipients from tasks_task t
            where t.id = :task and t.due_at = :due and %s
            on conflict do nothing""".formatted(OPEN);

    /** What a reminder needs to know about an open task. */
    record Candidate(long id, String title, long responsibleUnitId, long holderUnitId, Long holderPersonId,
            Long assignedBy, Instant dueAt) {
    }

    /** Where the previous batch ended, in deadline order. */
    record Cursor(Instant dueAt, long id) {

        static Cursor before(Instant from) {
            return new Cursor(from, Long.MIN_VALUE);
        }

        static Cursor after(Candidate candidate) {
            return new Cursor(candidate.dueAt(), candidate.id());
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    ReminderStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Candidate> candidates(ReminderWindows.Window window, Cursor after, int limit) {
        var params = new MapSqlParameterSource()
                .addValue("from", utc(window.from()))
                .addValue("until", utc(window.until()))
                .addValue("afterDue", utc(after.dueAt()))
                .addValue("afterId", after.id())
                .addValue("step", window.step().name())
                .addValue("workingDays", window.workingDays())
                .addValue("limit", limit);
        String assigned = "";
        if (window.assignedBefore() != null) {
            assigned = "\n  and t.assigned_at < :assignedBefore";
            params.addValue("assignedBefore", utc(window.assignedBefore()));
        }
        return jdbc.query(CANDIDATES.formatted(OPEN, assigned), params, ReminderStore::candidate);
    }

    /** Whether this pass recorded the step (and so must send it); false when it was already recorded. */
    boolean claim(Candidate task, ReminderStep step, int workingDays, int recipients, Instant now) {
        return jdbc.update(CLAIM, new MapSqlParameterSource()
                .addValue("task", task.id())
                .addValue("due", utc(task.dueAt()))
                .addValue("step", step.name())
                .addValue("workingDays", workingDays)
                .addValue("sentAt", utc(now))
                .addValue("recipients", recipients)) > 0;
    }

    private static Candidate candidate(ResultSet rs, int row) throws SQLException {
        return new Candidate(rs.getLong("id"), rs.getString("title"), rs.getLong("responsible_unit_id"),
                rs.getLong("holder_unit_id"), rs.getObject("holder_person_id", Long.class),
                rs.getObject("assigned_by", Long.class), rs.getObject("due_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
