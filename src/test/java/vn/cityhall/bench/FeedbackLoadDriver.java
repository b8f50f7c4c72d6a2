package vn.cityhall.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Measures the feedback system against issue 4's targets: the screening queue and the unit lists (95th percentile
 * under 100 ms), the staff search (under 200 ms), both as {@link LoadDriver} measures pages; then the intake
 * through the REST API, {@code --clients} clients posting back to back (at least 500 accepted a second, 99th
 * percentile under 100 ms). The API key is registered for the run in the database ({@link BenchApiClient}).
 *
 * <pre>java -cp … vn.cityhall.bench.FeedbackLoadDriver http://127.0.0.1:8099 --jdbc jdbc:postgresql://…/cityhall_bench
 *     [--users 20] [--seconds 30] [--warmup 10] [--think 0] [--clients 32] [--only TEXT]</pre>
 */
public final class FeedbackLoadDriver {

    /** The searches measured: a label and the words typed, without accents as most people type them. */
    static final String[][] SEARCHES = { { "search, common", "duong ngap" }, { "search, 3 words", "rac thai ton dong" },
            { "search, street", "lan chiem via he hang bong" } };

    static final Target PAGES = Target.p95Under(100);
    static final Target SEARCH = Target.p95Under(200);
    static final Target INTAKE = Target.throughput(500, 100);

    private FeedbackLoadDriver() {
    }

    static List<LoadDriver.Scenario> scenarios() {
        List<LoadDriver.Scenario> scenarios = new ArrayList<>();
        scenarios.add(new LoadDriver.Scenario("tiepnhan", "screening queue", "/feedback/queue", false, PAGES));
        scenarios.add(new LoadDriver.Scenario("tiepnhan", "all items, open", "/feedback/items", false, PAGES));
        scenarios.add(new LoadDriver.Scenario("canbo.hoankiem", "unit list, open", "/feedback/items", false, PAGES));
        scenarios.add(new LoadDriver.Scenario("chutich.hoankiem", "unit list, open", "/feedback/items", false, PAGES));
        for (String[] search : SEARCHES) {
            scenarios.add(new LoadDriver.Scenario("tiepnhan", search[0], searchPath(search[1]), false, SEARCH));
        }
        scenarios.add(new LoadDriver.Scenario("canbo.hoankiem", "search in unit", searchPath(SEARCHES[0][1]), false,
                SEARCH));
        return scenarios;
    }

    static String searchPath(String words) {
        return "/feedback/items?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8) + "&state=all";
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options = LoadOptions.parse(args);
        String jdbc = options.text("--jdbc");
        int clients = options.number("--clients", 32);
        if (jdbc == null) {
            System.err.println("usage: FeedbackLoadDriver <base url> --jdbc <jdbc url> [--users N] [--seconds N] "
                    + "[--warmup N] [--think MS] [--clients N] [--only TEXT]");
            System.exit(2);
        }
        long cpuBefore = DriverCpu.seconds();
        long wallBefore = System.nanoTime();
        List<String> table = new ArrayList<>();
        table.add(ResultLine.HEADER);
        table.addAll(LoadDriver.measure(options, scenarios()));

        String intakeUser = "api x" + clients;
        String intakePath = "POST " + IntakeLoad.PATH;
        String statuses = null;
        if (options.includes(intakeUser, intakePath)) {
            String key;
            IntakeRequests requests;
            try (Connection db = DriverManager.getConnection(jdbc, System.getProperty("bench.db.user", "postgres"),
                    System.getProperty("bench.db.password", ""))) {
                key = BenchApiClient.register(db);
                requests = IntakeRequests.from(db, new SecureRandom().nextLong(100_000_000L));
            }
            System.err.printf("Intake: %d clients, %d s warm-up, %d s measured%n", clients, options.warmup(),
                    options.seconds());
            IntakeLoad.Result result = new IntakeLoad(options.base(), key, requests).run(clients, options.warmup(),
                    options.seconds());
            String line = ResultLine.of(intakeUser, "intake (201)", intakePath, result.latencies(), options.seconds(),
                    INTAKE);
            System.err.println(line);
            table.add(line);
            statuses = result.statuses().entrySet().stream()
                    .map(entry -> (entry.getKey() < 0 ? "no answer" : entry.getKey().toString()) + ": " + entry.getValue())
                    .collect(Collectors.joining(", "));
            if (result.statuses().getOrDefault(404, 0L) == result.latencies().count()) {
                statuses += " (the REST intake API is not in this build)";
            }
        }
        System.out.println();
        table.forEach(System.out::println);
        System.out.println();
        System.out.println(LoadDriver.conditions(options));
        if (statuses != null) {
            System.out.printf("Intake: %d clients posting back to back, each with its own connection, %d s measured "
                    + "after %d s warm-up; answers %s. PASS needs every answer 201.%n", clients, options.seconds(),
                    options.warmup(), statuses);
        }
        System.out.println(LoadDriver.driverCpu(cpuBefore, wallBefore));
    }
}
