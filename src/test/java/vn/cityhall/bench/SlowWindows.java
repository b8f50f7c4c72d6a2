package vn.cityhall.bench;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Where in time a measured phase was slow: its posts grouped by the 100 ms window of their slot, so that a stall
 * (a collection, a checkpoint, a lock) shows as the windows whose slowest post took longer than the target, with
 * the wall-clock time to look for it in the other logs.
 */
final class SlowWindows {

    static final long WINDOW_NANOS = 100_000_000L;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    /** One window: its posts, those over the limit, and the slowest. */
    record Window(long index, int posts, int slow, long maxNanos) {
    }

    private final long limitNanos;
    private final long originNanos = System.nanoTime();
    private final long originMillis = System.currentTimeMillis();
    private final TreeMap<Long, Window> windows = new TreeMap<>();

    SlowWindows(long limitMillis) {
        this.limitNanos = limitMillis * 1_000_000L;
    }

    /** A post whose slot was at {@code slotNanos} (System.nanoTime) and that took {@code elapsedNanos}. */
    synchronized void add(long slotNanos, long elapsedNanos) {
        long index = Math.floorDiv(slotNanos - originNanos, WINDOW_NANOS);
        windows.merge(index, new Window(index, 1, elapsedNanos > limitNanos ? 1 : 0, elapsedNanos),
                (a, b) -> new Window(index, a.posts() + b.posts(), a.slow() + b.slow(),
                        Math.max(a.maxNanos(), b.maxNanos())));
    }

    /** The windows with a post over the limit. */
    synchronized List<Window> slow() {
        return windows.values().stream().filter(window -> window.slow() > 0).toList();
    }

    synchronized int count() {
        return windows.size();
    }

    /**
     * Second by second from the first window: the posts whose slot fell in it and the slowest of them in ms
     * ("1000:12 998:640 …"), to tell a stall at the start (a cold JIT, connections) from one in the middle.
     */
    synchronized String series() {
        if (windows.isEmpty()) {
            return "";
        }
        long perSecond = 1_000_000_000L / WINDOW_NANOS;
        long first = Math.floorDiv(windows.firstKey(), perSecond);
        long last = Math.floorDiv(windows.lastKey(), perSecond);
        StringBuilder line = new StringBuilder();
        for (long second = first; second <= last; second++) {
            int posts = 0;
            long max = 0;
            for (Window window : windows.subMap(second * perSecond, (second + 1) * perSecond).values()) {
                posts += window.posts();
                max = Math.max(max, window.maxNanos());
            }
            line.append(line.isEmpty() ? "" : " ").append(posts).append(':').append(Math.round(max / 1e6));
        }
        return line.toString();
    }

    /** The wall-clock start of a window, as the GC and PostgreSQL logs print times. */
    String clock(Window window) {
        return CLOCK.format(Instant.ofEpochMilli(originMillis + window.index() * WINDOW_NANOS / 1_000_000L));
    }

    /**
     * One line: how many windows were slow, how many posts over the limit they held, and the {@code worst} slowest
     * windows in time order ("12:01:02.300 180 ms 41/100": slowest post, posts over the limit of all posts).
     */
    String describe(String phase, int worst) {
        List<Window> slow = slow();
        int slowPosts = slow.stream().mapToInt(Window::slow).sum();
        List<Window> shown = new ArrayList<>(slow.stream()
                .sorted(Comparator.comparingLong(Window::maxNanos).reversed()).limit(worst).toList());
        shown.sort(Comparator.comparingLong(Window::index));
        StringBuilder line = new StringBuilder("%s: %,d of %,d windows of 100 ms had a post over %d ms (%,d posts)"
                .formatted(phase, slow.size(), count(), limitNanos / 1_000_000L, slowPosts));
        if (!shown.isEmpty()) {
            line.append("; the slowest, by slot:");
            shown.forEach(window -> line.append(" %s %.0f ms %d/%d;".formatted(clock(window), window.maxNanos() / 1e6,
                    window.slow(), window.posts())));
            line.setLength(line.length() - 1);
        }
        return line.toString();
    }
}
