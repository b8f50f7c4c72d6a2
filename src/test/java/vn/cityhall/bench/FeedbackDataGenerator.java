package vn.cityhall.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Fills a CityHall PostgreSQL database (schema and demo accounts already created by the application) with
 * the given number of feedback items over the 126 communes ({@link FeedbackRows}), loaded with COPY, and the
 * units coordinating some of them. Existing feedback items and everything attached to them are removed first.
 * The indexes of {@code feedback_item} are dropped for the load and built again after it, all in one
 * transaction: if the generator stops half-way, the database is left as it was. Then the tracking-code
 * sequence is moved past the generated codes and the tables analysed. Same seed, same data.
 *
 * <pre>java -cp … vn.cityhall.bench.FeedbackDataGenerator jdbc:postgresql://127.0.0.1:5432/cityhall_bench 1000000</pre>
 *
 * The database user is {@code postgres} unless {@code -Dbench.db.user=…} says otherwise.
 */
public final class FeedbackDataGenerator {

    private static final long SEED = 20_260_104L;
    private static final int CHUNK = 20_000;

    /** Share of the items per category code (others: 2). */
    private static final Map<String, Double> CATEGORY_SHARE = Map.of("HA_TANG", 25.0, "GIAO_THONG", 12.0,
            "TRAT_TU_XAY_DUNG", 18.0, "MOI_TRUONG", 20.0, "DAT_DAI", 5.0, "AN_NINH", 6.0, "Y_TE", 3.0, "GIAO_DUC", 3.0,
            "THU_TUC_HANH_CHINH", 3.0, "KHAC", 5.0);

    private FeedbackDataGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: FeedbackDataGenerator <jdbc url> <item count>");
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
            Org org = Org.load(db);
            FeedbackRows rows = new FeedbackRows(org, categories(db), operators(db),
                    hasColumn(db, "feedback_item", "published_search"), Instant.now(), random.split());
            long[] plan = rows.plan(count);
            TaskDataGenerator.step(started, "planned %d items", count);
            Map<String, String> indexes = indexes(db);
            try (Statement st = db.createStatement()) {
                st.execute("set local maintenance_work_mem = '512MB'");
                if (superuser(db)) {
                    // The rows are consistent by construction: skip the foreign-key triggers (category, duplicate).
                    st.execute("set local session_replication_role = replica");
                }
                st.execute("truncate feedback_item restart identity cascade");
                for (String index : indexes.keySet()) {
                    st.execute("drop index " + index);
                }
            }
            copy(db, "copy feedback_item (" + rows.columns() + ") from stdin", plan.length, (i, out) -> rows.append(i + 1,
                    plan[i], out));
            TaskDataGenerator.step(started, "items: %d rows copied", count);
            List<long[]> coordinators = rows.coordinators();
            copy(db, "copy feedback_coordinator (item_id, unit_id) from stdin", coordinators.size(),
                    (i, out) -> out.append(coordinators.get(i)[0]).append('\t').append(coordinators.get(i)[1]).append('\n'));
            TaskDataGenerator.step(started, "coordinating units: %d rows copied", coordinators.size());
            try (Statement st = db.createStatement()) {
                for (Map.Entry<String, String> index : indexes.entrySet()) {
                    st.execute(index.getValue());
                }
                TaskDataGenerator.step(started, "%d indexes built again", indexes.size());
                if (count > 0) {
                    st.execute("select setval(pg_get_serial_sequence('feedback_item', 'id'), " + count + ")");
                    st.execute("select setval('feedback_code_seq', " + count + ")");
                }
            }
            db.commit();
        }
        try (Connection db = DriverManager.getConnection(url, user, password); Statement st = db.createStatement()) {
            st.execute("vacuum (analyze) feedback_item, feedback_coordinator");
            TaskDataGenerator.step(started, "vacuum analyze done");
            FeedbackLoadReport.print(db);
        }
        TaskDataGenerator.step(started, "generation finished");
    }

    /** A category's share of the items (codes of the default categories; 2 for others). */
    static double share(String categoryCode) {
        return CATEGORY_SHARE.getOrDefault(categoryCode, 2.0);
    }

    /** Writes one COPY in chunks. */
    private static void copy(Connection db, String sql, int count, Line line) throws SQLException {
        CopyIn copy = db.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        StringBuilder chunk = new StringBuilder(CHUNK * 900);
        for (int i = 0; i < count; i++) {
            line.append(i, chunk);
            if ((i + 1) % CHUNK == 0 || i + 1 == count) {
                byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                chunk.setLength(0);
            }
        }
        copy.endCopy();
    }

    /** Writes the i-th line of a COPY. */
    private interface Line {
        void append(int i, StringBuilder out);
    }

    private static List<FeedbackRows.Category> categories(Connection db) throws SQLException {
        List<FeedbackRows.Category> categories = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("""
                select id, code, handler_kind, handler_unit_code, commune_division from feedback_category
                where active order by sort_order, id""")) {
            while (rs.next()) {
                categories.add(new FeedbackRows.Category(rs.getLong(1), rs.getString(2),
                        rs.getString(3).equals("DEPARTMENT"), rs.getString(4), rs.getString(5),
                        share(rs.getString(2))));
            }
        }
        return categories;
    }

    /** The feedback operators, who screened the items. */
    private static List<Long> operators(Connection db) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "select person_id from organization_person_role where role = 'FEEDBACK_OPERATOR' order by person_id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** The indexes of {@code feedback_item} that are not constraints, with the statements that create them. */
    private static Map<String, String> indexes(Connection db) throws SQLException {
        Map<String, String> indexes = new LinkedHashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("""
                select indexname, indexdef from pg_indexes
                where schemaname = current_schema() and tablename = 'feedback_item'
                  and indexname not in (select conname from pg_constraint) order by indexname""")) {
            while (rs.next()) {
                indexes.put(rs.getString(1), rs.getString(2));
            }
        }
        return indexes;
    }

    private static boolean superuser(Connection db) throws SQLException {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    static boolean hasColumn(Connection db, String table, String column) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "select 1 from information_schema.columns where table_schema = current_schema() and table_name = '"
                        + table + "' and column_name = '" + column + "'")) {
            return rs.next();
        }
    }
}
