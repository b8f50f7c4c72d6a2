package vn.cityhall.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Intake through the API in a closed loop: each client, with a connection of its own, posts a new item as soon
 * as the previous one is answered (no think time). Only 201 counts as accepted; every status is tallied.
 */
final class IntakeLoad {

    static final String PATH = "/api/v1/feedback";

    /** The measured window: latencies (errors: any answer but 201) and how many answers of each status. */
    record Result(Latencies latencies, Map<Integer, Long> statuses) {
    }

    private final String base;
    private final String key;
    private final IntakeRequests requests;

    IntakeLoad(String base, String key, IntakeRequests requests) {
        this.base = base;
        this.key = key;
        this.requests = requests;
    }

    /** The status of one post, or -1 when the connection failed. */
    int post(HttpClient client, String body) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + PATH)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-Api-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException failed) {
            return -1;
        }
    }

    /** One post on a connection of its own: the status, to tell whether the API is there at all. */
    int probe() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        return post(client, requests.next(new SplittableRandom(999)));
    }

    Result run(int clients, int warmup, int seconds) throws Exception {
        long measureFrom = System.nanoTime() + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Result>> workers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                SplittableRandom random = new SplittableRandom(1_000 + i);
                workers.add(pool.submit(() -> {
                    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(10)).build();
                    Latencies mine = new Latencies();
                    Map<Integer, Long> statuses = new TreeMap<>();
                    for (long start = System.nanoTime(); start < end; start = System.nanoTime()) {
                        int status = post(client, requests.next(random));
                        if (start >= measureFrom) {
                            mine.add(System.nanoTime() - start, status == 201);
                            statuses.merge(status, 1L, Long::sum);
                        }
                    }
                    return new Result(mine, statuses);
                }));
            }
            Latencies all = new Latencies();
            Map<Integer, Long> statuses = new TreeMap<>();
            for (Future<Result> worker : workers) {
                Result result = worker.get();
                all.addAll(result.latencies());
                result.statuses().forEach((status, count) -> statuses.merge(status, count, Long::sum));
            }
            return new Result(all, statuses);
        } finally {
            pool.shutdownNow();
        }
    }
}
