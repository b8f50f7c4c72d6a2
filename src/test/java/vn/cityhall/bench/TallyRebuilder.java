package vn.cityhall.bench;

import java.time.ZoneId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Recomputes the dashboard counters (tasks_tally, tasks_tally_state) from the generated tasks with
 * the application's own {@code TallyRebuild}.
 */
final class TallyRebuilder {

    private TallyRebuilder() {
    }

    static void rebuild(String url, String user, String password, ZoneId zone) throws Exception {
        JdbcTemplate jdbcTemplate = new JdbcTemplate(new DriverManagerDataSource(url, user, password));
        // TallyRebuild is being written on main; until it is merged here, call it by name so the
        // benchmark compiles and runs (without counters) in the meantime.
        Class<?> type;
        try {
            type = Class.forName("vn.cityhall.tasks.tally.TallyRebuild");
        } catch (ClassNotFoundException missing) {
            System.out.println("WARNING: vn.cityhall.tasks.tally.TallyRebuild not on this branch yet; "
                    + "dashboard counters (tasks_tally) left empty");
            return;
        }
        var constructor = type.getDeclaredConstructor(JdbcTemplate.class, ZoneId.class);
        constructor.setAccessible(true);
        Object rebuild = constructor.newInstance(jdbcTemplate, zone);
        var run = type.getDeclaredMethod("run");
        run.setAccessible(true);
        run.invoke(rebuild);
    }
}
