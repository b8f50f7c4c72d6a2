package vn.cityhall.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.SplittableRandom;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.ds.PGSimpleDataSource;

import vn.cityhall.shared.CityZone;
import vn.cityhall.tasks.tally.TallyRebuild;

/**
 * Fills a CityHall PostgreSQL database (schema and demo accounts already created by the application)
 * with a benchmark's worth of data: divisions so that there are at least 150 units, people up to
 * 3,000, and the given number of tasks with one assignment entry each on their timelines, loaded with
 * COPY; then the dashboard counters are rebuilt and the tables analysed. Existing tasks are removed
 * first; units and people are only added where missing. Same seed, same data.
 *
 * <pre>java -cp … vn.cityhall.bench.TaskDataGenerator jdbc:postgresql://127.0.0.1:5432/cityhall_bench 1000000</pre>
 *
 * The database user is {@code postgres} unless {@code -Dbench.db.user=…} says otherwise.
 */
public final class TaskDataGenerator {

    static final int PEOPLE = 3_000;
    private static final long SEED = 20_260_101L;
    private static final int CHUNK = 20_000;

    private TaskDataGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: TaskDataGenerator <jdbc url> <task count>");
            System.exit(2);
        }
        String url = args[0];
        int count = Integer.parseInt(args[1]);
        String user = System.getProperty("bench.db.user", "postgres");
        String password = System.getProperty("bench.db.password", "");
        long started = System.nanoTime();
        SplittableRandom random = new SplittableRandom(SEED);
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            int divisions = Divisions.add(db);
            db.commit();
            int people = Staff.add(db, PEOPLE, random.split());
            db.commit();
            Org org = Org.load(db);
            step(started, "organization: %d units (%d divisions added), %d people (%d added)", org.units.size(),
                    divisions, org.peopleCount(), people);

            try (Statement st = db.createStatement()) {
                st.execute("truncate tasks_tally, tasks_tally_state, tasks_reminder, tasks_timeline_file, "
                        + "tasks_timeline, tasks_delegation, tasks_extension, tasks_task restart identity");
            }
            copyTasks(db, new TaskRows(new Assignments(org, random.split()), Instant.now(), random.split()), count);
            step(started, "tasks: %d rows copied", count);
            try (Statement st = db.createStatement()) {
                int entries = st.executeUpdate("""
                        insert into tasks_timeline (task_id, kind, at, actor_id, detail)
                        select id, 'ASSIGNED', assigned_at, assigned_by, 'unit:' || responsible_unit_id
                               || case when holder_unit_id = responsible_unit_id and holder_person_id is not null
                                       then ' person:' || holder_person_id else '' end
                        from tasks_task order by id""");
                st.execute("select setval(pg_get_serial_sequence('tasks_task', 'id'), (select max(id) from tasks_task))");
                step(started, "timeline: %d assignment entries", entries);
            }
            db.commit();
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        long counted = new TallyRebuild(dataSource, CityZone.ID).run(Instant.now());
        step(started, "dashboard counters rebuilt from %d tasks (those for information are not counted)", counted);
        try (Connection db = DriverManager.getConnection(url, user, password); Statement st = db.createStatement()) {
            st.execute("vacuum (analyze) tasks_task, tasks_timeline, tasks_tally, tasks_tally_state, "
                    + "organization_unit, organization_person, organization_person_role");
            step(started, "vacuum analyze done");
            LoadReport.print(db);
        }
        step(started, "generation finished");
    }

    private static void copyTasks(Connection db, TaskRows rows, int count) throws SQLException {
        CopyIn copy = db.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy tasks_task (" + TaskRows.COLUMNS + ") from stdin");
        StringBuilder chunk = new StringBuilder(CHUNK * 600);
        for (long id = 1; id <= count; id++) {
            rows.append(id, chunk);
            if (id % CHUNK == 0 || id == count) {
                byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                chunk.setLength(0);
            }
        }
        copy.endCopy();
    }

    static void step(long started, String format, Object... args) {
        System.out.printf("[%6.1f s] %s%n", (System.nanoTime() - started) / 1e9, format.formatted(args));
    }

    static long single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
