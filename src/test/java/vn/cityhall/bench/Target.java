package vn.cityhall.bench;

/**
 * What a measured line must reach to PASS: a response-time percentile under a limit and, for the intake,
 * a throughput of accepted requests per second; always with no error.
 */
record Target(double percentile, double limitMillis, double minPerSecond) {

    /** The pages: 95th percentile under the limit. */
    static Target p95Under(double millis) {
        return new Target(95, millis, 0);
    }

    /** The intake: at least this many accepted per second, 99th percentile under the limit. */
    static Target throughput(double perSecond, double p99Millis) {
        return new Target(99, p99Millis, perSecond);
    }

    boolean met(Latencies latencies, int seconds) {
        return latencies.count() > 0 && latencies.errors() == 0
                && latencies.percentileMillis(percentile) < limitMillis
                && (double) (latencies.count() - latencies.errors()) / seconds >= minPerSecond;
    }

    /** As printed in the table: {@code p95<100ms} or {@code >=500/s,p99<100ms}. */
    String label() {
        String latency = "p%.0f<%.0fms".formatted(percentile, limitMillis);
        return minPerSecond > 0 ? ">=%.0f/s,%s".formatted(minPerSecond, latency) : latency;
    }
}
