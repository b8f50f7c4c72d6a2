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
 * application cannot be reached.
 *
 * <pre>java -cp … vn.cityhall.bench.LoadDriver http://127.0.0.1:8099 --users 20 --seconds 30 --warmup 10
 *     [--think 0] [--only TEXT]</pre>
 */
public final class LoadDriver {

    static final String PASSWORD = "HaNoi@2026";
    static final double TARGET_P95_MS = 100;

    /** One page of one account; {@code htmx} sends {@code HX-Request: true} like the home page's partial. */
    record Scenario(String username, String page, String path, boolean htmx) {
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
        String base = args.length > 0 && !args[0].startsWith("--") ? args[0] : "http://127.0.0.1:8099";
        int users = option(args, "--users", 20);
        int seconds = option(args, "--seconds", 30);
        int warmup = option(args, "--warmup", 10);
        int think = option(args, "--think", 0);
        String only = text(args, "--only");

        System.err.printf("Load driver: %s, %d users per page, %d s warm-up, %d s measured, %d ms think time%n", base,
                users, warmup, seconds, think);
        long cpuBefore = DriverCpu.seconds();
        long wallBefore = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        Load load = new Load(pool, think);
        List<String> table = new ArrayList<>();
        table.add(ResultLine.HEADER);
        try {
            Map<String, List<BenchSession>> sessions = new LinkedHashMap<>();
            List<Scenario> available = new ArrayList<>();
            for (Scenario scenario : scenarios()) {
                if (only != null && !(scenario.username() + " " + scenario.path()).contains(only)) {
                    continue;
                }
                if (!sessions.containsKey(scenario.username())) {
                    sessions.put(scenario.username(), signIn(base, scenario.username(), users));
                }
                if (sessions.get(scenario.username()).get(0).get(scenario.path(), scenario.htmx()) != 404) {
                    available.add(scenario);
                }
            }
            System.err.printf("Warming up on every page for %d s%n", 3 * warmup);
            load.warmUp(sessions, available, users, 3 * warmup);
            for (Scenario scenario : scenarios()) {
                if (only != null && !(scenario.username() + " " + scenario.path()).contains(only)) {
                    continue;
                }
                String line = !available.contains(scenario) ? ResultLine.missing(scenario)
                        : ResultLine.of(scenario, load.run(sessions.get(scenario.username()), scenario, warmup, seconds),
                                seconds);
                System.err.println(line);
                table.add(line);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println();
        table.forEach(System.out::println);
        System.out.printf("%nPASS: p95 under %.0f ms and every answer 200. %d simulated users per page, each with its "
                + "own session, %s; %d s measured after %d s warm-up (and %d s on every page first).%n",
                TARGET_P95_MS, users,
                think == 0 ? "requests back to back (no think time)" : think + " ms think time between requests",
                seconds, warmup, 3 * warmup);
        System.out.printf("The driver itself used %d CPU seconds in %d s (it shares the machine with CityHall and "
                + "PostgreSQL).%n", DriverCpu.seconds() - cpuBefore, (System.nanoTime() - wallBefore) / 1_000_000_000L);
    }

    private static List<BenchSession> signIn(String base, String username, int users) throws Exception {
        List<BenchSession> sessions = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            sessions.add(BenchSession.signIn(base, username, PASSWORD));
        }
        return sessions;
    }

    private static int option(String[] args, String name, int fallback) {
        String value = text(args, name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static String text(String[] args, String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }
}
