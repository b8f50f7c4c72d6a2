package vn.cityhall.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class ZaloScheduleTests {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void theSendersShareTheRateInEvenlySpreadSlots() {
        ZaloSchedule schedule = ZaloSchedule.of(0, 10, 30, 1_000, 64);
        TreeSet<Long> slots = new TreeSet<>();
        for (int sender = 0; sender < 64; sender++) {
            for (long slot = schedule.firstSlot(sender); schedule.next(11 * SECOND, slot).phase()
                    == ZaloSchedule.Phase.PACED; slot = schedule.nextSlot(slot)) {
                assertThat(slots.add(slot)).as("no two senders share a slot").isTrue();
            }
        }
        assertThat(slots).hasSize(30_000);
        assertThat(slots.first()).isEqualTo(10 * SECOND);
        assertThat(slots.last()).isEqualTo(40 * SECOND - SECOND / 1_000);
        assertThat(slots.higher(slots.first())).isEqualTo(10 * SECOND + SECOND / 1_000);
    }

    @Test
    void warmUpThenPacedThenBackToBack() {
        ZaloSchedule schedule = ZaloSchedule.of(0, 10, 30, 1_000, 64);
        long slot = schedule.firstSlot(3);
        assertThat(schedule.next(5 * SECOND, slot)).isEqualTo(new ZaloSchedule.Next(ZaloSchedule.Phase.WARM_UP, 5 * SECOND));
        assertThat(schedule.next(10 * SECOND, slot)).as("a post is timed from its slot")
                .isEqualTo(new ZaloSchedule.Next(ZaloSchedule.Phase.PACED, 10 * SECOND + 3_000_000));
        assertThat(schedule.next(45 * SECOND, 39 * SECOND).phase()).as("behind its slots: catches up first")
                .isEqualTo(ZaloSchedule.Phase.PACED);
        assertThat(schedule.next(39 * SECOND, 40 * SECOND))
                .isEqualTo(new ZaloSchedule.Next(ZaloSchedule.Phase.WAIT, 40 * SECOND));
        assertThat(schedule.next(41 * SECOND, 40 * SECOND).phase()).isEqualTo(ZaloSchedule.Phase.BACK_TO_BACK);
        assertThat(schedule.next(70 * SECOND, 40 * SECOND).phase()).isEqualTo(ZaloSchedule.Phase.DONE);
    }

    @Test
    void withoutARateTheMeasuredPhaseIsBackToBackOnly() {
        ZaloSchedule schedule = ZaloSchedule.of(0, 10, 30, 0, 64);
        assertThat(schedule.next(10 * SECOND, schedule.firstSlot(5)).phase())
                .isEqualTo(ZaloSchedule.Phase.BACK_TO_BACK);
        assertThat(schedule.next(40 * SECOND, schedule.firstSlot(5)).phase()).isEqualTo(ZaloSchedule.Phase.DONE);
    }

    @Test
    void theBackToBackLineIsJudgedOnItsThroughputAlone() {
        Latencies fast = new Latencies();
        for (int i = 0; i < 3_100; i++) {
            fast.add(80_000_000L, true);
        }
        String line = ResultLine.of("zalo x64", "back to back", "POST /zalo/webhook", fast, 3,
                ZaloWebhookLoadDriver.LATENCY);
        assertThat(ZaloWebhookLoadDriver.throughputOnly(line, fast, 3)).endsWith(">=1000/s           PASS")
                .contains("1033.3", "80.0");
        assertThat(ZaloWebhookLoadDriver.throughputOnly(line, fast, 4)).endsWith(">=1000/s           FAIL");
    }
}
