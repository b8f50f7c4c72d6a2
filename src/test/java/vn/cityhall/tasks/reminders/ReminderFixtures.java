package vn.cityhall.tasks.reminders;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.StaffUser;

/**
 * Tasks written straight into {@code tasks_task} with any deadline and assignment time (the job reads
 * only that table), demo people and units, and clean-up: the tests share a database with others, so
 * every task made here is deleted afterwards (its reminder rows go with it).
 */
final class ReminderFixtures {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private final NamedParameterJdbcTemplate jdbc;
    private final UserDetailsService accounts;
    private final OrganizationDirectory directory;
    private final List<Long> created = new ArrayList<>();

    ReminderFixtures(ApplicationContext context) {
        this.jdbc = context.getBean(NamedParameterJdbcTemplate.class);
        this.accounts = context.getBean(UserDetailsService.class);
        this.directory = context.getBean(OrganizationDirectory.class);
    }

    /** A task as the database holds it; {@link #insert(TaskRow)} stores it. */
    record TaskRow(String title, long responsibleUnit, long holderUnit, Long holderPerson, Long assignedBy,
            String role, String status, Instant assignedAt, Instant dueAt) {

        TaskRow withStatus(String newStatus) {
            return new TaskRow(title, responsibleUnit, holderUnit, holderPerson, assignedBy, role, newStatus,
                    assignedAt, dueAt);
        }

        TaskRow withRole(String newRole, Instant newDue) {
            return new TaskRow(title, responsibleUnit, holderUnit, holderPerson, assignedBy, newRole, status,
                    assignedAt, newDue);
        }

        TaskRow heldBy(long unit, Long person) {
            return new TaskRow(title, responsibleUnit, unit, person, assignedBy, role, status, assignedAt, dueAt);
        }

        TaskRow assignedBy(Long person) {
            return new TaskRow(title, responsibleUnit, holderUnit, holderPerson, person, role, status, assignedAt,
                    dueAt);
        }
    }

    /** Assigned by the chairman to the Department of Construction, delegated to its officer. */
    TaskRow sxdTask(Instant assignedAt, Instant dueAt) {
        return new TaskRow("Nhắc hạn " + UUID.randomUUID(), unit("01.SXD"), unit("01.SXD.HTKT"),
                person("chuyenvien.sxd"), person("chutich"), "LEAD", "NEW", assignedAt, dueAt);
    }

    long insert(TaskRow row) {
        var keys = new GeneratedKeyHolder();
        jdbc.update("""
                insert into tasks_task (title, source_module, source_kind, responsible_unit_id, holder_unit_id,
                    holder_person_id, role, urgency, assigned_by, assigned_at, original_due_at, due_at, status,
                    created_at, updated_at)
                values (:title, 'tasks', 'tasks.standalone', :responsible, :holderUnit, :holderPerson, :role, 'NORMAL',
                    :assignedBy, :assignedAt, :due, :due, :status, :assignedAt, :assignedAt)""", params(row), keys,
                new String[] {"id"});
        long id = keys.getKey().longValue();
        created.add(id);
        return id;
    }

    /** Many tasks at once; their ids in insertion order. */
    List<Long> insertMany(TaskRow row, int count) {
        String marker = row.title();
        MapSqlParameterSource[] batch = IntStream.range(0, count)
                .mapToObj(i -> params(row).addValue("title", marker + " #" + i)).toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("""
                insert into tasks_task (title, source_module, source_kind, responsible_unit_id, holder_unit_id,
                    holder_person_id, role, urgency, assigned_by, assigned_at, original_due_at, due_at, status,
                    created_at, updated_at)
                values (:title, 'tasks', 'tasks.standalone', :responsible, :holderUnit, :holderPerson, :role, 'NORMAL',
                    :assignedBy, :assignedAt, :due, :due, :status, :assignedAt, :assignedAt)""", batch);
        List<Long> ids = jdbc.queryForList("select id from tasks_task where title like :marker order by id",
                new MapSqlParameterSource("marker", marker + " #%"), Long.class);
        created.addAll(ids);
        return ids;
    }

    /** Remembers a task made through the application, so that it is deleted afterwards too. */
    void track(long taskId) {
        created.add(taskId);
    }

    int reminderRows(long taskId, ReminderStep step) {
        return jdbc.queryForObject("select count(*) from tasks_reminder where task_id = :task and step = :step",
                new MapSqlParameterSource("task", taskId).addValue("step", step.name()), Integer.class);
    }

    void deleteCreated() {
        for (List<Long> chunk : chunks()) {
            var ids = new MapSqlParameterSource("ids", chunk);
            jdbc.update("delete from tasks_timeline_file where timeline_id in "
                    + "(select id from tasks_timeline where task_id in (:ids))", ids);
            for (String table : List.of("tasks_timeline", "tasks_delegation", "tasks_extension", "tasks_reminder")) {
                jdbc.update("delete from " + table + " where task_id in (:ids)", ids);
            }
            jdbc.update("delete from tasks_task where id in (:ids)", ids);
        }
        created.clear();
    }

    private List<List<Long>> chunks() {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < created.size(); i += 1000) {
            chunks.add(created.subList(i, Math.min(created.size(), i + 1000)));
        }
        return chunks;
    }

    StaffUser user(String username) {
        return (StaffUser) accounts.loadUserByUsername(username);
    }

    long person(String username) {
        return user(username).personId();
    }

    long unit(String code) {
        return directory.unitByCode(code).orElseThrow().id().value();
    }

    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(HANOI).toInstant();
    }

    private static MapSqlParameterSource params(TaskRow row) {
        return new MapSqlParameterSource()
                .addValue("title", row.title())
                .addValue("responsible", row.responsibleUnit())
                .addValue("holderUnit", row.holderUnit())
                .addValue("holderPerson", row.holderPerson())
                .addValue("role", row.role())
                .addValue("assignedBy", row.assignedBy())
                .addValue("assignedAt", utc(row.assignedAt()))
                .addValue("due", row.dueAt() == null ? null : utc(row.dueAt()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("status", row.status());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
