package vn.cityhall.zalo.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import vn.cityhall.DatabaseTest;

/** The intake's group commit: many requests at once, redeliveries among them, and one event the database refuses. */
@SpringBootTest
@DatabaseTest
class InboundWriterTests {

    @Autowired
    InboundEvents events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void eventsHandedOverTogetherAreEachStoredOnceAndEachRequestLearnsWhetherItsWasNew() throws Exception {
        InboundWriter writer = new InboundWriter(events, transactions);
        String user = ZaloEvents.userId();
        List<InboundEvents.Arrival> arrivals = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            InboundEvents.Arrival arrival = arrival(ZaloEvents.text(user, ZaloEvents.msgId(), 1718000200000L + i, "Sự cố " + i));
            arrivals.add(arrival);
            arrivals.add(arrival); // Zalo's retry, at the same moment
        }
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Boolean> stored = all(pool, arrivals.stream().<Callable<Boolean>>map(arrival -> () -> writer.store(arrival)).toList());

            assertThat(stored.stream().filter(Boolean::booleanValue)).as("one 'stored now' per distinct event").hasSize(150);
            assertThat(jdbc.queryForObject("select count(*) from zalo_inbound_event where user_id = ?", Long.class, user))
                    .isEqualTo(150);
            assertThat(jdbc.queryForObject("select count(distinct msg_id) from zalo_inbound_event where user_id = ?",
                    Long.class, user)).isEqualTo(150);
            assertThat(writer.store(arrivals.get(0))).as("a later redelivery").isFalse();
        } finally {
            pool.shutdownNow();
            writer.stop();
        }
    }

    @Test
    void anEventTheDatabaseRefusesFailsAloneAndTheOthersOfItsBatchAreStored() throws Exception {
        InboundWriter writer = new InboundWriter(events, transactions);
        String user = ZaloEvents.userId();
        // zalo_inbound_event.user_id holds 64 characters (parsing cuts longer ones; this one skips the parser)
        String tooLong = "u".repeat(WebhookEnvelope.MAX_USER_ID + 1);
        List<Callable<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            InboundEvents.Arrival parsed = arrival(ZaloEvents.text(user, ZaloEvents.msgId(), 1718000300000L + i,
                    "Đèn đường hỏng " + i));
            WebhookEnvelope envelope = parsed.envelope();
            InboundEvents.Arrival arrival = i != 20 ? parsed : new InboundEvents.Arrival(new WebhookEnvelope(
                    envelope.appId(), envelope.timestamp(), envelope.eventName(), tooLong, envelope.msgId(),
                    envelope.body()), parsed.raw(), parsed.receivedAt());
            calls.add(() -> writer.store(arrival));
        }
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            List<Future<Boolean>> futures = together(pool, calls);
            for (int i = 0; i < futures.size(); i++) {
                Future<Boolean> future = futures.get(i);
                if (i == 20) {
                    assertThatThrownBy(() -> future.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                            .hasCauseInstanceOf(DataAccessException.class);
                } else {
                    assertThat(future.get(30, TimeUnit.SECONDS)).isTrue();
                }
            }
            assertThat(jdbc.queryForObject("select count(*) from zalo_inbound_event where user_id = ?", Long.class, user))
                    .isEqualTo(39);
            assertThat(jdbc.queryForObject("select count(*) from zalo_inbound_event where user_id = ?", Long.class,
                    tooLong)).isZero();
        } finally {
            pool.shutdownNow();
            writer.stop();
        }
    }

    private InboundEvents.Arrival arrival(String body) {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        try {
            return new InboundEvents.Arrival(WebhookEnvelope.parse(raw, json), raw, Instant.now());
        } catch (WebhookEnvelope.Unparsable e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static <T> List<T> all(ExecutorService pool, List<Callable<T>> calls) throws Exception {
        List<T> results = new ArrayList<>();
        for (Future<T> future : together(pool, calls)) {
            results.add(future.get(30, TimeUnit.SECONDS));
        }
        return results;
    }

    /** Starts the calls at the same moment, as far as the pool's threads allow. */
    private static <T> List<Future<T>> together(ExecutorService pool, List<Callable<T>> calls) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        return futures;
    }
}
