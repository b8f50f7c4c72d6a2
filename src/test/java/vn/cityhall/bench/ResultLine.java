package vn.cityhall.bench;

/** One line of the load driver's table. */
final class ResultLine {

    static final String HEADER = "%-15s %-19s %-31s %8s %6s %7s %7s %7s %7s %7s  %s".formatted("user", "page", "path",
            "requests", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "p95<100ms");

    private ResultLine() {
    }

    static String of(LoadDriver.Scenario scenario, Latencies latencies, int seconds) {
        double p95 = latencies.percentileMillis(95);
        boolean pass = latencies.count() > 0 && latencies.errors() == 0 && p95 < LoadDriver.TARGET_P95_MS;
        return "%-15s %-19s %-31s %8d %6d %7.1f %7.1f %7.1f %7.1f %7.1f  %s".formatted(scenario.username(),
                scenario.page(), scenario.path(), latencies.count(), latencies.errors(),
                (double) latencies.count() / seconds, latencies.percentileMillis(50), p95,
                latencies.percentileMillis(99), latencies.percentileMillis(100), pass ? "PASS" : "FAIL");
    }

    /** The page does not exist (yet): 404 on the first request. */
    static String missing(LoadDriver.Scenario scenario) {
        return "%-15s %-19s %-31s %8s %6s %7s %7s %7s %7s %7s  %s".formatted(scenario.username(), scenario.page(),
                scenario.path(), "n/a", "n/a", "n/a", "n/a", "n/a", "n/a", "n/a", "n/a (404)");
    }
}
