package vn.cityhall.bench;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import vn.cityhall.zalo.webhook.ZaloSignature;

/**
 * Zalo's side of the webhook: each sender, on a connection of its own, plays several citizens in turn (one message
 * of each before the next message of any), in the phases of a {@link ZaloSchedule}: back to back for the warm-up;
 * then, measured, at a steady rate over all senders and back to back again. The citizens go on from one call to
 * the next, as people who paused. Every event is delivered twice. The second
 * delivery, Zalo's retry, waits in a queue that all the senders serve first: one time in ten it is queued before
 * the first delivery is posted, so that another sender may post it while the first is in flight; otherwise 0.1 to
 * 2 s after the first delivery's answer, interleaved with other events. When the time is up the senders start no
 * new event but post every retry still queued (not measured).
 */
final class ZaloWebhookLoad {

    static final String PATH = "/zalo/webhook";

    /**
     * The measured phases: at the steady rate, the first deliveries and the retries (timed from their slots); back
     * to back, every post; and the answers of each status in both.
     */
    record Result(Latencies pacedFirst, Latencies pacedRetries, Latencies backToBack, Map<Integer, Long> statuses) {

        Latencies paced() {
            Latencies all = new Latencies();
            all.addAll(pacedFirst);
            all.addAll(pacedRetries);
            return all;
        }
    }

    /** A delivery due at a moment (System.nanoTime). */
    private record Retry(ZaloWire.Event event, long dueAt) implements Delayed {

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueAt - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(dueAt, ((Retry) other).dueAt);
        }
    }

    private final URI uri;
    private final ZaloWire wire;
    private final ZaloScripts scripts;
    private final ZaloLedger ledger;
    private final String userPrefix;
    private final CloseableHttpClient client;
    private final DelayQueue<Retry> retries = new DelayQueue<>();
    private final int senders;
    private final ZaloCitizen[][] playing;
    private final SplittableRandom[] randoms;
    private final int[] turns;
    private final Map<String, Long> failures = new ConcurrentHashMap<>();
    private final AtomicLong citizens = new AtomicLong();
    private final AtomicLong messages = new AtomicLong();
    private final long firstPhone;
    private final long msgIdSalt;
    private volatile SlowWindows pacedWindows = new SlowWindows(50);
    private final SlowWindows warmUpWindows = new SlowWindows(50);

    /**
     * @param userPrefix the first digits of every user id of the run (followed by a 13-digit sequence number)
     * @param seed varies the phone numbers and msg_ids between runs
     */
    ZaloWebhookLoad(String base, ZaloWire wire, ZaloScripts scripts, ZaloLedger ledger, String userPrefix, long seed,
            int senders, int citizensPerSender) {
        this.uri = URI.create(base + PATH);
        this.wire = wire;
        this.scripts = scripts;
        this.ledger = ledger;
        this.userPrefix = userPrefix;
        SplittableRandom random = new SplittableRandom(seed);
        this.firstPhone = random.nextLong(100_000_000L);
        this.msgIdSalt = random.nextLong(1L << 32);
        this.senders = senders;
        this.playing = new ZaloCitizen[senders][citizensPerSender];
        this.randoms = new SplittableRandom[senders];
        for (int i = 0; i < senders; i++) {
            randoms[i] = new SplittableRandom(seed + 7_000 + i);
        }
        this.turns = new int[senders];
        // Blocking HTTP/1.1 on kept-alive connections, one per sender: each sender's thread writes its post and
        // reads the answer itself. The JDK's client, tried first, reads every answer on one selector thread and
        // hands it to the sender's: two wake-ups a post, and one thread all 64 connections queue behind.
        this.client = HttpClients.custom().disableAutomaticRetries().disableRedirectHandling()
                .disableCookieManagement().disableContentCompression()
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(30)).build())
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(senders)
                        .setMaxConnPerRoute(senders).setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(10))
                                // a connection idle longer (between the phases) may have been closed by CityHall
                                .setValidateAfterInactivity(TimeValue.ofSeconds(1)).build())
                        .build())
                .build();
    }

    /** The last measurement's paced posts, by the 100 ms window of their slot. */
    SlowWindows pacedWindows() {
        return pacedWindows;
    }

    /** The warm-up's posts, by the 100 ms window in which each was sent. */
    SlowWindows warmUpWindows() {
        return warmUpWindows;
    }

    /** The posts that got no answer, by the client's exception (warm-up and tail included). */
    Map<String, Long> failures() {
        return new TreeMap<>(failures);
    }

    /** Back to back for the given seconds, nothing measured; then the retries still queued are posted. */
    void warmUp(int seconds) throws Exception {
        run(ZaloSchedule.of(System.nanoTime(), seconds, 0, 0, senders));
    }

    /** The measured phases: {@code seconds} at {@code rate} posts a second (none when 0), {@code seconds} back to back. */
    Result measure(int seconds, int rate) throws Exception {
        pacedWindows = new SlowWindows(50);
        return run(ZaloSchedule.of(System.nanoTime(), 0, seconds, rate, senders));
    }

    private Result run(ZaloSchedule schedule) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<Result>> workers = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                int index = i;
                workers.add(pool.submit(() -> send(index, schedule)));
            }
            Result all = new Result(new Latencies(), new Latencies(), new Latencies(), new TreeMap<>());
            for (Future<Result> worker : workers) {
                Result mine = worker.get();
                all.pacedFirst().addAll(mine.pacedFirst());
                all.pacedRetries().addAll(mine.pacedRetries());
                all.backToBack().addAll(mine.backToBack());
                mine.statuses().forEach((status, count) -> all.statuses().merge(status, count, Long::sum));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private Result send(int index, ZaloSchedule schedule) throws InterruptedException {
        SplittableRandom random = randoms[index];
        ZaloCitizen[] mineToPlay = playing[index];
        Result mine = new Result(new Latencies(), new Latencies(), new Latencies(), new TreeMap<>());
        long slot = schedule.firstSlot(index);
        while (true) {
            ZaloSchedule.Next next = schedule.next(System.nanoTime(), slot);
            if (next.phase() == ZaloSchedule.Phase.DONE) {
                break;
            }
            long wait = next.at() - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (next.phase() == ZaloSchedule.Phase.WAIT) {
                continue;
            }
            if (next.phase() == ZaloSchedule.Phase.PACED) {
                slot = schedule.nextSlot(slot);
            }
            Retry retry = retries.poll();
            ZaloWire.Event event;
            boolean retryQueued = false;
            if (retry != null) {
                event = retry.event();
            } else {
                int at = turns[index]++ % mineToPlay.length;
                if (mineToPlay[at] == null || mineToPlay[at].done()) {
                    mineToPlay[at] = newCitizen(random);
                }
                event = mineToPlay[at].next(wire, this::msgId, System.currentTimeMillis());
                if (random.nextInt(10) == 0) {
                    retries.add(new Retry(event, System.nanoTime()));
                    retryQueued = true;
                }
            }
            int status = post(event);
            long elapsed = System.nanoTime() - next.at();
            ledger.delivered(event, status);
            if (retry == null && !retryQueued) {
                retries.add(new Retry(event, System.nanoTime() + (100 + random.nextInt(1_900)) * 1_000_000L));
            }
            Latencies measured = switch (next.phase()) {
                case PACED -> retry == null ? mine.pacedFirst() : mine.pacedRetries();
                case BACK_TO_BACK -> mine.backToBack();
                default -> null;
            };
            if (next.phase() == ZaloSchedule.Phase.PACED) {
                pacedWindows.add(next.at(), elapsed);
            } else if (next.phase() == ZaloSchedule.Phase.WARM_UP) {
                warmUpWindows.add(next.at(), elapsed);
            }
            if (measured != null) {
                measured.add(elapsed, status == 200);
                mine.statuses().merge(status, 1L, Long::sum);
            }
        }
        // Time is up: the retries still queued are posted at once, whoever queued them.
        for (Retry retry = retries.poll(2_500, TimeUnit.MILLISECONDS); retry != null;
                retry = retries.poll(2_500, TimeUnit.MILLISECONDS)) {
            ledger.delivered(retry.event(), post(retry.event()));
        }
        return mine;
    }

    private ZaloCitizen newCitizen(SplittableRandom random) {
        long number = citizens.getAndIncrement();
        String userId = userPrefix + "%013d".formatted(number);
        ledger.started(userId);
        return new ZaloCitizen(userId, scripts.script(random, firstPhone + number));
    }

    /** A new 20-hex-digit msg_id, like Zalo's. */
    private String msgId() {
        return "%08x%012x".formatted(msgIdSalt, messages.incrementAndGet());
    }

    /** The status of one delivery, or -1 when the connection failed. */
    private int post(ZaloWire.Event event) {
        HttpPost request = new HttpPost(uri);
        request.setHeader(ZaloSignature.HEADER, event.signature());
        request.setEntity(new ByteArrayEntity(event.body(), ContentType.APPLICATION_JSON));
        try {
            return client.execute(request, response -> {
                EntityUtils.consume(response.getEntity());
                return response.getCode();
            });
        } catch (IOException failed) {
            failures.merge(failed.getClass().getSimpleName() + ": " + failed.getMessage(), 1L, Long::sum);
            return -1;
        }
    }
}
