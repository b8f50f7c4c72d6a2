package vn.cityhall.tasks.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.cityhall.tasks.tally.TallyCounts;

class DashboardPeriodTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void theDefaultIsThisYearSoFarAndBadMonthsFallBackToIt() {
        assertThat(DashboardPeriod.parse(null, null, TODAY))
                .isEqualTo(new DashboardPeriod(YearMonth.of(2026, 1), YearMonth.of(2026, 11)));
        assertThat(DashboardPeriod.parse("2026-13", "x", TODAY)).isEqualTo(DashboardPeriod.thisYear(TODAY));
        assertThat(DashboardPeriod.parse("2026-09", "2026-03", TODAY).from()).as("swapped").isEqualTo(YearMonth.of(2026, 3));
        assertThat(DashboardPeriod.parse("2001-01", "2026-11", TODAY).months()).hasSize(DashboardPeriod.MAX_MONTHS);
        assertThat(DashboardPeriod.presets(TODAY).get(1).period().from()).as("this quarter").isEqualTo(YearMonth.of(2026, 10));
        assertThat(DashboardPeriod.thisYear(TODAY).label()).isEqualTo("1/2026 – 11/2026");
    }

    @Test
    void ratesAndNumbersAreWrittenTheVietnameseWay() {
        DashboardView view = new DashboardView(DashboardSort.ORDER, DashboardPeriod.presets(TODAY));
        TallyCounts counts = new TallyCounts(5, 1, 7, 0, 2);
        assertThat(counts.assigned()).isEqualTo(13);
        assertThat(view.rate(counts, Locale.forLanguageTag("vi"))).isEqualTo("87,5 %");
        assertThat(view.rate(counts, Locale.ENGLISH)).isEqualTo("87.5 %");
        assertThat(view.rate(new TallyCounts(3, 0, 0, 0, 0), Locale.ENGLISH)).as("nothing due yet").isEqualTo("–");
        assertThat(view.number(1234567, Locale.forLanguageTag("vi"))).isEqualTo("1.234.567");
        assertThat(view.tone(counts)).isEqualTo("warning");
    }

    @Test
    void theOrderOfLinesFollowsTheChosenFigure() {
        DashboardRow late = new DashboardRow(DashboardRow.Kind.UNIT, "A", null, 1, null, false, new TallyCounts(0, 9, 1, 0, 0));
        DashboardRow good = new DashboardRow(DashboardRow.Kind.UNIT, "B", null, 2, null, false, new TallyCounts(0, 0, 5, 0, 0));
        java.util.List<DashboardRow> rows = new java.util.ArrayList<>(java.util.List.of(good, late));
        rows.sort(DashboardSort.OVERDUE.comparator());
        assertThat(rows).containsExactly(late, good);
        rows.sort(DashboardSort.RATE.comparator().reversed());
        assertThat(rows).containsExactly(good, late);
        assertThat(DashboardSort.parse("nonsense")).isEqualTo(DashboardSort.ORDER);
    }
}
