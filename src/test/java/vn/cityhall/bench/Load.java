package vn.cityhall.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Runs the simulated users on a fixed pool of threads, one thread per user. */
final class Load {

    private final ExecutorService pool;
    private final int think;

    Load(ExecutorService pool, int think) {
        this.pool = pool;
        this.think = think;
    }

    /**
     * Warms the application up (JIT, caches, connections) before anything is measured: user i goes
     * round the pages starting at page i, with the sessions of each page's account.
     */
    void warmUp(Map<String, List<BenchSession>> sessions, List<LoadDriver.Scenario> scenarios, int users, int seconds)
            throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            int user = i;
            workers.add(pool.submit(() -> {
                for (int next = user; System.nanoTime() < end; next++) {
                    LoadDriver.Scenario scenario = scenarios.get(next % scenarios.size());
                    request(sessions.get(scenario.username()).get(user), scenario);
                    pause();
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
    }

    /** Every user requests the page until the end; only requests started after the warm-up are measured. */
    Latencies run(List<BenchSession> sessions, LoadDriver.Scenario scenario, int warmup, int seconds) throws Exception {
        long measureFrom = System.nanoTime() + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        List<Future<Latencies>> workers = new ArrayList<>();
        for (BenchSession session : sessions) {
            workers.add(pool.submit(() -> {
                Latencies mine = new Latencies();
                for (long start = System.nanoTime(); start < end; start = System.nanoTime()) {
                    int status = request(session, scenario);
                    if (start >= measureFrom) {
                        mine.add(System.nanoTime() - start, status == 200);
                    }
                    pause();
                }
                return mine;
            }));
        }
        Latencies all = new Latencies();
        for (Future<Latencies> worker : workers) {
            all.addAll(worker.get());
        }
        return all;
    }

    private static int request(BenchSession session, LoadDriver.Scenario scenario) throws InterruptedException {
        try {
            return session.get(scenario.path(), scenario.htmx());
        } catch (IOException failed) {
            return -1;
        }
    }

    private void pause() throws InterruptedException {
        if (think > 0) {
            Thread.sleep(think);
        }
    }
}
