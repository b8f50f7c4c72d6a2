package vn.cityhall.bench;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Measures the Zalo webhook's intake against issue 5 §7: on PostgreSQL, {@code --senders} concurrent senders
 * (64) post citizens' conversations to {@code POST /zalo/webhook}, every event twice; 1,000 posts a second
 * ({@code --rate}) must be answered 200 with the 99th percentile under 50 ms. After that paced phase the senders
 * post back to back, which shows how many posts a second the machine takes at most. Both come after a warm-up
 * back to back and the wait until CityHall has processed the warm-up's events. Then it waits until CityHall
 * has processed the run's events and checks in the database that none was lost or stored twice and that each
 * confirmed conversation made exactly one feedback item ({@link ZaloIntakeCheck}); it exits with status 1 when a
 * check fails.
 *
 * <pre>java -cp … vn.cityhall.bench.ZaloWebhookLoadDriver http://127.0.0.1:8099 --jdbc jdbc:postgresql://…/cityhall_bench
 *     [--senders 64] [--rate 1000] [--citizens 8] [--seconds 30] [--warmup 60] [--drain-limit 1800] [--settle 1s]
 *     [--app-id …] [--oa-id …] [--oa-secret-key …]</pre>
 * The app id, OA id and OA secret key must be those CityHall runs with; the defaults are the tests' values.
 */
public final class ZaloWebhookLoadDriver {

    static final int RATE = 1_000;
    static final Target LATENCY = Target.throughput(0, 50);
    /**
     * Back to back again between the wait for the warm-up's processing and the measurement: during the wait
     * CityHall closes the idle connections and lets its idle request threads go, which a sender that never
     * stops would not see (the first paced second took 200 to 450 ms at most without it, 2026-11-29).
     */
    static final int REWARM_SECONDS = 5;

    private static final String PATH = "POST " + ZaloWebhookLoad.PATH;

    private ZaloWebhookLoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options = LoadOptions.parse(args);
        String jdbc = options.text("--jdbc");
        if (jdbc == null) {
            System.err.println("usage: ZaloWebhookLoadDriver <base url> --jdbc <jdbc url> [--senders N] [--rate N]"
                    + " [--citizens N] [--seconds N] [--warmup N] [--drain-limit S] [--settle T] [--app-id ID] [--oa-id ID]"
                    + " [--oa-secret-key KEY]");
            System.exit(2);
        }
        int senders = options.number("--senders", 64);
        int rate = options.number("--rate", RATE);
        int citizens = options.number("--citizens", 8);
        int drainLimit = options.number("--drain-limit", 1800);
        ZaloWire wire = new ZaloWire(text(options, "--app-id", "3608465249409039670"),
                text(options, "--oa-id", "3886132808788086456"), text(options, "--oa-secret-key", "FAKE_OA_SECRET_KEY_01"));
        long cpuBefore = DriverCpu.seconds();
        long wallBefore = System.nanoTime();
        long seed = new SecureRandom().nextLong();
        boolean passed;
        try (Connection db = DriverManager.getConnection(jdbc, System.getProperty("bench.db.user", "postgres"),
                System.getProperty("bench.db.password", ""))) {
            ZaloRunRows run = ZaloRunRows.begin(db, new SplittableRandom(seed));
            long pendingBefore = run.pendingBefore();
            ZaloLedger ledger = new ZaloLedger();
            ZaloWebhookLoad load = new ZaloWebhookLoad(options.base(), wire, ZaloScripts.from(db), ledger,
                    run.userPrefix(), seed, senders, citizens);
            System.err.printf("Zalo: %d senders, %d citizens each at a time; %d s warm-up, %s; user ids %s…%n", senders,
                    citizens, options.warmup(), phases(rate, options.seconds()), run.userPrefix());
            run.analyzeIdle();
            load.warmUp(options.warmup());
            System.err.printf("Zalo: warm-up done, %,d events; each second's posts and slowest (ms): %s;"
                    + " waiting for the worker before measuring%n", ledger.sent().size(), load.warmUpWindows().series());
            ZaloRunRows.Drain warmUpDrain = run.waitUntilProcessed(drainLimit);
            long replies = run.waitUntilRepliesSent(drainLimit);
            System.err.printf("Zalo: warm-up processed; %,d of its replies were still queued, now sent; %d s back to"
                    + " back again, for the connections and threads the wait let go; measuring%n", replies, REWARM_SECONDS);
            load.warmUp(REWARM_SECONDS);
            ZaloWebhookLoad.Result result = load.measure(options.seconds(), rate);
            System.err.printf("Zalo: load done, %,d deliveries of %,d events; waiting for the worker%n",
                    ledger.deliveries(), ledger.sent().size());
            ZaloRunRows.Drain drain = run.waitUntilProcessed(drainLimit);
            PendingEvents.Drain published = PendingEvents.waitUntilDelivered(db, 120);
            List<ZaloIntakeCheck.Check> checks = ZaloIntakeCheck.verdict(ledger, run.stored(), run.items());
            List<String> figures = run.figures(text(options, "--settle", "1s"));

            String user = "zalo x" + senders;
            List<String> table = new ArrayList<>();
            table.add(ResultLine.HEADER);
            if (rate > 0) {
                table.add(ResultLine.of(user, "%,d/s, all posts".formatted(rate), PATH, result.paced(), options.seconds(),
                        Target.throughput(rate, 50)));
                table.add(ResultLine.of(user, "  first deliveries", PATH, result.pacedFirst(), options.seconds(), LATENCY));
                table.add(ResultLine.of(user, "  retries", PATH, result.pacedRetries(), options.seconds(), LATENCY));
            }
            table.add(throughputOnly(ResultLine.of(user, "back to back", PATH, result.backToBack(), options.seconds(),
                    LATENCY), result.backToBack(), options.seconds()));
            List<String> notes = new ArrayList<>();
            notes.add(("Webhook: %d senders, each with its own connection and %d citizens at a time, every event posted"
                    + " twice (the retry 0.1-2 s later, or one time in ten at once, possibly concurrently); %d s"
                    + " warm-up back to back, the wait until its events were processed and %d s back to back again,"
                    + " then %s; answers %s (measured phases). PASS needs every answer 200.").formatted(senders,
                    citizens, options.warmup(), REWARM_SECONDS, phases(rate, options.seconds()), statuses(result)));
            if (rate > 0) {
                notes.add(load.pacedWindows().describe("Paced phase", 12));
                notes.add("Paced phase, each second's posts and slowest (ms): " + load.pacedWindows().series());
            }
            load.failures().forEach((failure, count) -> notes.add("No answer (%,d posts): %s".formatted(count, failure)));
            notes.add("Run: %,d citizens, %,d distinct events, %,d deliveries, %,d conversations confirmed; %,d events of"
                    .formatted(ledger.citizens(), ledger.sent().size(), ledger.deliveries(), ledger.confirmed().size(),
                            pendingBefore) + " earlier runs were pending at the start.");
            notes.add(warmUpDrain.describe("the warm-up"));
            notes.add(drain.describe("the load"));
            notes.addAll(figures);
            notes.add(published.describe());
            System.out.println();
            table.forEach(System.out::println);
            System.out.println();
            notes.forEach(System.out::println);
            System.out.println();
            System.out.println("Checks in the database:");
            checks.forEach(check -> System.out.println(check.line()));
            passed = checks.stream().allMatch(ZaloIntakeCheck.Check::ok);
            System.out.println(passed ? "All checks hold." : "CHECK FAILED: events lost, duplicated or not processed.");
        }
        System.out.println(LoadDriver.driverCpu(cpuBefore, wallBefore));
        if (!passed) {
            System.exit(1);
        }
    }

    /**
     * The back-to-back line, judged on its throughput alone: with every sender posting as soon as it is answered,
     * the response time is the senders divided by the throughput.
     */
    static String throughputOnly(String line, Latencies latencies, int seconds) {
        boolean met = latencies.errors() == 0 && (double) latencies.count() / seconds >= RATE;
        return line.substring(0, line.lastIndexOf(LATENCY.label())) + "%-18s %s".formatted(">=%d/s".formatted(RATE),
                met ? "PASS" : "FAIL");
    }

    private static String phases(int rate, int seconds) {
        return rate > 0 ? "%d s at %,d posts a second (each post timed from its slot), %d s back to back"
                .formatted(seconds, rate, seconds) : "%d s back to back".formatted(seconds);
    }

    private static String text(LoadOptions options, String name, String fallback) {
        String value = options.text(name);
        return value == null ? fallback : value;
    }

    private static String statuses(ZaloWebhookLoad.Result result) {
        return result.statuses().entrySet().stream()
                .map(entry -> (entry.getKey() < 0 ? "no answer" : entry.getKey().toString()) + ": " + entry.getValue())
                .collect(Collectors.joining(", "));
    }
}
