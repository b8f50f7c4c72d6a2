package vn.cityhall.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetTests {

    @Test
    void pagesPassWhenThe95thPercentileIsUnderTheLimitWithoutErrors() {
        Target target = Target.p95Under(100);

        assertThat(target.met(latencies(100, 50, 0), 10)).isTrue();
        assertThat(target.met(latencies(100, 150, 0), 10)).isFalse();
        assertThat(target.met(latencies(100, 50, 1), 10)).isFalse();
        assertThat(target.met(new Latencies(), 10)).isFalse();
        assertThat(target.label()).isEqualTo("p95<100ms");
    }

    @Test
    void intakeNeedsTheThroughputOfAcceptedRequestsAndThe99thPercentile() {
        Target target = Target.throughput(500, 100);

        assertThat(target.met(latencies(5_000, 60, 0), 10)).isTrue();
        assertThat(target.met(latencies(4_999, 60, 0), 10)).as("499.9 a second").isFalse();
        assertThat(target.met(latencies(5_000, 120, 0), 10)).isFalse();
        assertThat(target.label()).isEqualTo(">=500/s,p99<100ms");
    }

    private static Latencies latencies(int count, long millis, int errors) {
        Latencies latencies = new Latencies();
        for (int i = 0; i < count; i++) {
            latencies.add(millis * 1_000_000L, i >= errors);
        }
        return latencies;
    }
}
