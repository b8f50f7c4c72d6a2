package vn.cityhall.bench;

import java.util.Arrays;

/** Response times of one scenario's measured window (nanoseconds), with errors and percentiles. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int size;
    private long errors;

    void add(long elapsed, boolean ok) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = elapsed;
        if (!ok) {
            errors++;
        }
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.nanos[i], true);
        }
        errors += other.errors;
    }

    int count() {
        return size;
    }

    long errors() {
        return errors;
    }

    /** Nearest-rank percentile in milliseconds (0 when nothing was measured). */
    double percentileMillis(double percent) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }
}
