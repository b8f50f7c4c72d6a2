package vn.cityhall.bench;

/** One line of the load drivers' tables. */
final class ResultLine {

    private static final String FORMAT = "%-16s %-19s %-54s %8s %6s %7s %7s %7s %7s %7s  %-18s %s";

    static final String HEADER = FORMAT.formatted("user", "page", "path", "requests", "errors", "req/s", "p50 ms",
            "p95 ms", "p99 ms", "max ms", "target", "result");

    private ResultLine() {
    }

    static String of(LoadDriver.Scenario scenario, Latencies latencies, int seconds) {
        return of(scenario.username(), scenario.page(), scenario.path(), latencies, seconds, scenario.target());
    }

    static String of(String user, String page, String path, Latencies latencies, int seconds, Target target) {
        return FORMAT.formatted(user, page, path, latencies.count(), latencies.errors(),
                "%.1f".formatted((double) latencies.count() / seconds), millis(latencies, 50), millis(latencies, 95),
                millis(latencies, 99), millis(latencies, 100), target.label(),
                target.met(latencies, seconds) ? "PASS" : "FAIL");
    }

    /** The page does not exist (yet): 404 on the first request. */
    static String missing(LoadDriver.Scenario scenario) {
        return missing(scenario.username(), scenario.page(), scenario.path(), scenario.target(), "n/a (404)");
    }

    /** A line that could not be measured, with the reason in the result column. */
    static String missing(String user, String page, String path, Target target, String why) {
        return FORMAT.formatted(user, page, path, "n/a", "n/a", "n/a", "n/a", "n/a", "n/a", "n/a", target.label(), why);
    }

    private static String millis(Latencies latencies, double percentile) {
        return "%.1f".formatted(latencies.percentileMillis(percentile));
    }
}
