package vn.cityhall.tasks.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.cityhall.tasks.TaskStatus;

class TallyBucketTests {

    private static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

    @Test
    void openTasksAreOverdueOnlyOnceTheirDeadlineHasPassed() {
        assertThat(TallyBucket.of(TaskStatus.NEW, null, NOW.plusSeconds(1), NOW)).isEqualTo(TallyBucket.OPEN);
        assertThat(TallyBucket.of(TaskStatus.IN_PROGRESS, null, NOW, NOW)).isEqualTo(TallyBucket.OPEN);
        assertThat(TallyBucket.of(TaskStatus.IN_PROGRESS, null, NOW.minusSeconds(1), NOW)).isEqualTo(TallyBucket.OVERDUE);
        assertThat(TallyBucket.of(TaskStatus.NEW, null, null, NOW)).as("no deadline, never overdue")
                .isEqualTo(TallyBucket.OPEN);
    }

    @Test
    void doneTasksKeepTheirMeasuredResult() {
        assertThat(TallyBucket.of(TaskStatus.DONE, true, NOW.minusSeconds(99), NOW)).isEqualTo(TallyBucket.DONE_ON_TIME);
        assertThat(TallyBucket.of(TaskStatus.DONE, false, NOW.plusSeconds(99), NOW)).isEqualTo(TallyBucket.DONE_LATE);
        assertThat(TallyBucket.of(TaskStatus.CANCELLED, null, NOW.minusSeconds(99), NOW)).isEqualTo(TallyBucket.CANCELLED);
    }

    @Test
    void theMonthIsTheMonthOfAssignmentInTheCitysZone() {
        ZoneId hanoi = ZoneId.of("Asia/Ho_Chi_Minh");
        TallyKey key = TallyKey.of(Instant.parse("2026-10-31T18:30:00Z"), hanoi, 7, null);
        assertThat(key.month()).as("01:30 on 1 November in Hanoi").isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(key.personId()).isEqualTo(TallyKey.NO_PERSON);
        assertThat(TallyKey.of(Instant.parse("2026-10-31T18:30:00Z"), hanoi, 7, 42L).unitTotal()).isEqualTo(key);
    }
}
