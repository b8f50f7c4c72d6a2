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

    /** How long to wait, after the intake, for its events to be delivered (the audit trail) before giving up. */
    static final int DRAIN_LIMIT_SECONDS = 300;

    private static final String INTAKE_USER = "api x";
    private static final String INTAKE_PATH = "POST " + IntakeLoad.PATH;
    private static final String INTAKE_PAGE = "intake (201)";

    /** The intake's line of the table and the notes under it. */
    private record Intake(String line, List<String> notes) {
    }

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

        List<String> notes = new ArrayList<>();
        notes.add(LoadDriver.conditions(options));
        if (options.includes(INTAKE_USER + clients, INTAKE_PATH)) {
            Intake intake = measureIntake(options, jdbc, clients);
            table.add(intake.line());
            notes.addAll(intake.notes());
        }
        System.out.println();
        table.forEach(System.out::println);
        System.out.println();
        notes.forEach(System.out::println);
        System.out.println(LoadDriver.driverCpu(cpuBefore, wallBefore));
    }

    /**
     * Registers a key, checks with one post that the API accepts items, runs the clients, then waits until the
     * events of the intake are delivered.
     */
    private static Intake measureIntake(LoadOptions options, String jdbc, int clients) throws Exception {
        String user = INTAKE_USER + clients;
        IntakeLoad.Result result;
        PendingEvents.Drain drained;
        try (Connection db = DriverManager.getConnection(jdbc, System.getProperty("bench.db.user", "postgres"),
                System.getProperty("bench.db.password", ""))) {
            String key = BenchApiClient.register(db);
            IntakeLoad load = new IntakeLoad(options.base(), key,
                    IntakeRequests.from(db, new SecureRandom().nextLong(100_000_000L)));
            int probe = load.probe();
            if (probe != 201) {
                return new Intake(ResultLine.missing(user, INTAKE_PAGE, INTAKE_PATH, INTAKE, "n/a (" + probe + ")"),
                        List.of("Intake: a first post answered " + probe + ", not 201: is the REST intake API ("
                                + IntakeLoad.PATH + ") in this build?"));
            }
            System.err.printf("Intake: %d clients, %d s warm-up, %d s measured%n", clients, options.warmup(),
                    options.seconds());
            result = load.run(clients, options.warmup(), options.seconds());
            drained = PendingEvents.waitUntilDelivered(db, DRAIN_LIMIT_SECONDS);
        }
        String line = ResultLine.of(user, INTAKE_PAGE, INTAKE_PATH, result.latencies(), options.seconds(), INTAKE);
        System.err.println(line);
        String statuses = result.statuses().entrySet().stream()
                .map(entry -> (entry.getKey() < 0 ? "no answer" : entry.getKey().toString()) + ": " + entry.getValue())
                .collect(Collectors.joining(", "));
        return new Intake(line, List.of(("Intake: %d clients posting back to back, each with its own connection, %d s "
                + "measured after %d s warm-up; answers %s. PASS needs every answer 201.").formatted(clients,
                options.seconds(), options.warmup(), statuses), drained.describe()));
    }
}
