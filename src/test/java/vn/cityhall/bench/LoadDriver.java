package vn.cityhall.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Measures CityHall's work pages for a commune officer, a department director and the city chairman.
 * After a warm-up on every page, the pages take turns: the given number of simulated users, each
 * signed in with its own session, request the page through a warm-up and then a measured window.
 * Prints one line per user and page: requests, errors (any answer but 200), throughput and response
 * times, and whether the 95th percentile stays under 100 ms. Users send their requests back to back
 * unless {@code --think MS} makes them pause. Figures, not a test: the exit code is 0 unless the
 * application cannot be reached. {@link FeedbackLoadDriver} measures the feedback pages the same way
 * ({@link #measure}).
 *
 * <pre>java -cp … vn.cityhall.bench.LoadDriver http://127.0.0.1:8099 --users 20 --seconds 30 --warmup 10
 *     [--think 0] [--only TEXT]</pre>
 */
public final class LoadDriver {

    static final String PASSWORD = "HaNoi@2026";
    static final double TARGET_P95_MS = 100;

    /**
     * One page of one account; {@code htmx} sends {@code HX-Request: true} like the home page's partial. The
     * target is the 95th percentile under 100 ms unless given.
     */
    record Scenario(String username, String page, String path, boolean htmx, Target target) {

        Scenario(String username, String page, String path, boolean htmx) {
            this(username, page, path, htmx, Target.p95Under(TARGET_P95_MS));
        }
    }

    private static final List<String> USERNAMES = List.of("canbo.hoankiem", "giamdoc.sxd", "chutich");

    private LoadDriver() {
    }

    static List<Scenario> scenarios() {
        List<Scenario> scenarios = new ArrayList<>();
        for (String username : USERNAMES) {
            boolean leader = !username.startsWith("canbo");
            scenarios.add(new Scenario(username, "home /", "/", false));
            scenarios.add(new Scenario(username, "home work partial", "/tasks/inbox", true));
            scenarios.add(new Scenario(username, "my work /tasks", "/tasks", false));
            if (leader) {
                scenarios.add(new Scenario(username, "unit + below", "/tasks?view=unit&subtree=true", false));
                scenarios.add(new Scenario(username, "dashboard", "/dashboard", false));
            }
        }
        return scenarios;
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options = LoadOptions.parse(args);
        long cpuBefore = DriverCpu.seconds();
        long wallBefore = System.nanoTime();
        List<String> table = new ArrayList<>();
        table.add(ResultLine.HEADER);
        table.addAll(measure(options, scenarios()));
        System.out.println();
        table.forEach(System.out::println);
        System.out.println();
        System.out.println(conditions(options));
        System.out.println(driverCpu(cpuBefore, wallBefore));
    }

    /**
     * Signs the users of each account in, warms up on every page at once, then measures the pages in turn;
     * returns one table line per page (a missing page answers 404 and is reported as such).
     */
    static List<String> measure(LoadOptions options, List<Scenario> scenarios) throws Exception {
        System.err.printf("Load driver: %s, %d users per page, %d s warm-up, %d s measured, %d ms think time%n",
                options.base(), options.users(), options.warmup(), options.seconds(), options.think());
        List<Scenario> chosen = scenarios.stream().filter(s -> options.includes(s.username(), s.path())).toList();
        List<String> lines = new ArrayList<>();
        if (chosen.isEmpty()) {
            return lines;
        }
        ExecutorService pool = Executors.newFixedThreadPool(options.users());
        Load load = new Load(pool, options.think());
        try {
            Map<String, List<BenchSession>> sessions = new LinkedHashMap<>();
            List<Scenario> available = new ArrayList<>();
            for (Scenario scenario : chosen) {
                if (!sessions.containsKey(scenario.username())) {
                    sessions.put(scenario.username(), signIn(options.base(), scenario.username(), options.users()));
                }
                if (sessions.get(scenario.username()).get(0).get(scenario.path(), scenario.htmx()) != 404) {
                    available.add(scenario);
                }
            }
            if (!available.isEmpty()) {
                System.err.printf("Warming up on every page for %d s%n", 3 * options.warmup());
                load.warmUp(sessions, available, options.users(), 3 * options.warmup());
            }
            for (Scenario scenario : chosen) {
                String line = !available.contains(scenario) ? ResultLine.missing(scenario)
                        : ResultLine.of(scenario, load.run(sessions.get(scenario.username()), scenario,
                                options.warmup(), options.seconds()), options.seconds());
                System.err.println(line);
                lines.add(line);
            }
        } finally {
            pool.shutdownNow();
        }
        return lines;
    }

    /** How the pages were measured, printed under the table. */
    static String conditions(LoadOptions options) {
        return ("Pages: every answer must be 200. %d simulated users per page, each with its own session, %s; %d s "
                + "measured after %d s warm-up (and %d s on every page first).").formatted(options.users(),
                options.think() == 0 ? "requests back to back (no think time)"
                        : options.think() + " ms think time between requests",
                options.seconds(), options.warmup(), 3 * options.warmup());
    }

    static String driverCpu(long cpuBefore, long wallBefore) {
        return "The driver itself used %d CPU seconds in %d s (it shares the machine with CityHall and PostgreSQL)."
                .formatted(DriverCpu.seconds() - cpuBefore, (System.nanoTime() - wallBefore) / 1_000_000_000L);
    }

    private static List<BenchSession> signIn(String base, String username, int users) throws Exception {
        List<BenchSession> sessions = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            sessions.add(BenchSession.signIn(base, username, PASSWORD));
        }
        return sessions;
    }
}
