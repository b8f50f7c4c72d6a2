package vn.cityhall.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlowWindowsTests {

    private static final long MS = 1_000_000L;

    @Test
    void groupsPostsByTheWindowOfTheirSlotAndKeepsOnlyTheSlowOnes() {
        SlowWindows windows = new SlowWindows(50);
        long start = System.nanoTime() + 1_000 * MS;
        windows.add(start, 3 * MS);
        windows.add(start + 10 * MS, 80 * MS);
        windows.add(start + 20 * MS, 120 * MS);
        windows.add(start + 150 * MS, 49 * MS);
        windows.add(start + 350 * MS, 51 * MS);

        assertThat(windows.count()).isBetween(3, 4);
        assertThat(windows.slow()).hasSize(2);
        SlowWindows.Window first = windows.slow().get(0);
        assertThat(first.slow()).isEqualTo(2);
        assertThat(first.maxNanos()).isEqualTo(120 * MS);
        assertThat(windows.describe("Paced", 1)).startsWith("Paced: 2 of ").contains("had a post over 50 ms (3 posts)")
                .contains(" 120 ms 2/").doesNotContain(" 51 ms");
    }

    @Test
    void seriesGivesEachSecondItsPostsAndItsSlowestPost() {
        SlowWindows windows = new SlowWindows(50);
        long start = System.nanoTime() + 1_000 * MS;
        windows.add(start, 7 * MS);
        windows.add(start + 1_000 * MS, 30 * MS);
        windows.add(start + 1_100 * MS, 640 * MS);
        windows.add(start + 3_000 * MS, 5 * MS);

        assertThat(windows.series()).matches("1:7 2:640 0:0 1:5|1:7 2:640 1:5");
    }

    @Test
    void saysSoWhenNothingWasSlow() {
        SlowWindows windows = new SlowWindows(50);
        windows.add(System.nanoTime(), 10 * MS);

        assertThat(windows.describe("Paced", 5)).isEqualTo("Paced: 0 of 1 windows of 100 ms had a post over 50 ms (0 posts)");
    }
}
