package vn.cityhall.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Prints how the generated feedback is spread, what the measured accounts see, and the size of the data. */
final class FeedbackLoadReport {

    private FeedbackLoadReport() {
    }

    static void print(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            System.out.println("feedback items by status:");
            try (ResultSet rs = st.executeQuery("""
                    select status, count(*), count(*) filter (where published_at is not null),
                           count(*) filter (where on_time is false)
                    from feedback_item group by status order by 2 desc""")) {
                while (rs.next()) {
                    System.out.printf("  %-10s %,9d  (published %,d, answered late %,d)%n", rs.getString(1),
                            rs.getLong(2), rs.getLong(3), rs.getLong(4));
                }
            }
            System.out.printf("communes with items %d; coordinating units on %,d items%n",
                    TaskDataGenerator.single(st, "select count(distinct commune_id) from feedback_item"),
                    TaskDataGenerator.single(st, "select count(*) from feedback_coordinator"));
            System.out.printf("Hoàn Kiếm ward and its divisions handle %,d items, %,d assigned now (the unit lists of "
                    + "canbo.hoankiem and chutich.hoankiem)%n", TaskDataGenerator.single(st, hoanKiem("")),
                    TaskDataGenerator.single(st, hoanKiem(" and status = 'ASSIGNED'")));
            for (String[] query : FeedbackLoadDriver.SEARCHES) {
                StringBuilder sql = new StringBuilder("select count(*) from feedback_item where true");
                for (String word : query[1].split(" ")) {
                    sql.append(" and search_text like '%").append(word).append("%'");
                }
                System.out.printf("search \"%s\" matches %,d items%n", query[1],
                        TaskDataGenerator.single(st, sql.toString()));
            }
            try (ResultSet rs = st.executeQuery("""
                    select pg_size_pretty(pg_total_relation_size('feedback_item')),
                           pg_size_pretty(pg_indexes_size('feedback_item')),
                           pg_size_pretty(pg_database_size(current_database()))""")) {
                rs.next();
                System.out.printf("feedback_item %s (indexes %s); database %s%n", rs.getString(1), rs.getString(2),
                        rs.getString(3));
            }
        }
    }

    private static String hoanKiem(String condition) {
        return "select count(*) from feedback_item where handling_unit_id in (select id from organization_unit "
                + "where code = '00070' or code like '00070.%')" + condition;
    }
}
