package vn.cityhall.tasks.web;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import vn.cityhall.shared.ObligationRole;
import vn.cityhall.shared.Urgency;
import vn.cityhall.tasks.Task;
import vn.cityhall.tasks.TaskId;
import vn.cityhall.tasks.TaskStatus;

/**
 * Writes tasks straight into the table, for states the entry point cannot reach at the current time
 * (a deadline already passed, due later today, no deadline) and sources other than standalone.
 */
final class StoredTasks {

    private final JdbcTemplate jdbc;
    private final WebFixtures fixtures;

    StoredTasks(JdbcTemplate jdbc, WebFixtures fixtures) {
        this.jdbc = jdbc;
        this.fixtures = fixtures;
    }

    /** A task to write: fill in with the {@code with…} methods, then {@link #save()}. */
    final class Spec {
        private final Map<String, Object> row = new LinkedHashMap<>();

        Spec(String title, String unitCode) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            long unit = fixtures.unit(unitCode);
            row.put("title", title);
            row.put("source_module", "tasks");
            row.put("source_kind", "tasks.standalone");
            row.put("responsible_unit_id", unit);
            row.put("holder_unit_id", unit);
            row.put("role", ObligationRole.LEAD.name());
            row.put("urgency", Urgency.NORMAL.name());
            row.put("assigned_at", time(now.minus(10, ChronoUnit.DAYS)));
            row.put("status", TaskStatus.NEW.name());
            row.put("progress", 0);
            row.put("created_at", time(now.minus(10, ChronoUnit.DAYS)));
            row.put("updated_at", time(now.minus(10, ChronoUnit.DAYS)));
            row.put("version", 0);
            row.put("search_text", Task.searchText(title, null));
        }

        Spec holder(String unitCode, String username) {
            row.put("holder_unit_id", fixtures.unit(unitCode));
            row.put("holder_person_id", username == null ? null : fixtures.person(username));
            return this;
        }

        Spec assignedBy(String username) {
            row.put("assigned_by", fixtures.person(username));
            return this;
        }

        Spec due(Instant due) {
            row.put("due_at", time(due));
            row.put("original_due_at", time(due));
            return this;
        }

        Spec status(TaskStatus status) {
            row.put("status", status.name());
            return this;
        }

        Spec role(ObligationRole role) {
            row.put("role", role.name());
            return this;
        }

        Spec urgency(Urgency urgency) {
            row.put("urgency", urgency.name());
            return this;
        }

        Spec source(String module, String kind, String id, String reference) {
            row.put("source_module", module);
            row.put("source_kind", kind);
            row.put("source_id", id);
            row.put("source_reference", reference);
            row.put("search_text", Task.searchText((String) row.get("title"), reference));
            return this;
        }

        Spec assignedAt(Instant at) {
            row.put("assigned_at", time(at));
            return this;
        }

        TaskId save() {
            List<String> columns = new ArrayList<>(row.keySet().stream().filter(column -> row.get(column) != null).toList());
            String sql = "insert into tasks_task (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", columns.stream().map(column -> "?").toList()) + ")";
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
                for (int i = 0; i < columns.size(); i++) {
                    statement.setObject(i + 1, row.get(columns.get(i)));
                }
                return statement;
            }, key);
            return TaskId.of(key.getKey().longValue());
        }
    }

    Spec task(String title, String unitCode) {
        return new Spec(title, unitCode);
    }

    private static Object time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
