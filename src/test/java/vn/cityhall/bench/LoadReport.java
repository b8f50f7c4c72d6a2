package vn.cityhall.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Prints how the generated tasks are spread, and the loads of the three benchmarked demo accounts. */
final class LoadReport {

    private LoadReport() {
    }

    static void print(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            System.out.println("status spread (open = NEW or IN_PROGRESS):");
            try (ResultSet rs = st.executeQuery("""
                    select case when status in ('NEW', 'IN_PROGRESS') and due_at < now() then 'OPEN, overdue'
                                when status in ('NEW', 'IN_PROGRESS') then 'OPEN, in time'
                                when status = 'DONE' and on_time then 'DONE on time'
                                when status = 'DONE' then 'DONE late' else status end, count(*)
                    from tasks_task group by 1 order by 1""")) {
                while (rs.next()) {
                    System.out.printf("  %-16s %,10d%n", rs.getString(1), rs.getLong(2));
                }
            }
            System.out.printf("canbo.hoankiem holds %,d tasks (%,d open)%n",
                    TaskDataGenerator.single(st, holder("count(*)")),
                    TaskDataGenerator.single(st, holder("count(*) filter (where status in ('NEW', 'IN_PROGRESS'))")));
            System.out.printf("Sở Xây dựng and its divisions: %,d tasks held or answered for%n",
                    TaskDataGenerator.single(st, """
                            with recursive sub(id) as (select id from organization_unit where code = '01.SXD'
                                union all select u.id from organization_unit u join sub on u.parent_id = sub.id)
                            select count(*) from tasks_task
                            where holder_unit_id in (select id from sub) or responsible_unit_id in (select id from sub)"""));
            System.out.printf("chutich assigned %,d tasks%n", TaskDataGenerator.single(st, """
                    select count(*) from tasks_task
                    where assigned_by = (select id from organization_person where username = 'chutich')"""));
            System.out.printf("units %,d, people %,d, tally rows %,d%n",
                    TaskDataGenerator.single(st, "select count(*) from organization_unit where active"),
                    TaskDataGenerator.single(st, "select count(*) from organization_person"),
                    TaskDataGenerator.single(st, "select count(*) from tasks_tally"));
        }
    }

    private static String holder(String what) {
        return "select " + what + " from tasks_task where holder_person_id = "
                + "(select id from organization_person where username = 'canbo.hoankiem')";
    }
}
