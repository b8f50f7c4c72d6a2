package vn.cityhall.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CalendarOverridesTests {

    private final DayOverride saturdayWorked = DayOverride.workingDay(LocalDate.of(2026, 2, 7), "notice 1");
    private final DayOverride bridge = DayOverride.dayOff(LocalDate.of(2026, 2, 13), "notice 1");
    private final DayOverride newYear2027 = DayOverride.dayOff(LocalDate.of(2027, 1, 2), null);

    @Test
    void groupsOverridesByYear() {
        CalendarOverrides overrides = CalendarOverrides.of(saturdayWorked, bridge, newYear2027);
        assertThat(overrides.in(2026)).containsOnlyKeys(saturdayWorked.date(), bridge.date())
                .containsEntry(bridge.date(), bridge);
        assertThat(overrides.in(2027)).containsExactlyEntriesOf(Map.of(newYear2027.date(), newYear2027));
        assertThat(overrides.in(2025)).isEmpty();
    }

    @Test
    void rejectsTwoOverridesForOneDay() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CalendarOverrides.of(bridge, DayOverride.workingDay(bridge.date(), null)))
                .withMessage("Two overrides for 2026-02-13");
    }

    @Test
    void hasNoneByDefault() {
        assertThat(CalendarOverrides.none().in(2026)).isEmpty();
    }

    @Test
    void returnsImmutableMaps() {
        CalendarOverrides overrides = CalendarOverrides.of(bridge);
        assertThatThrownBy(() -> overrides.in(2026).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void namesTheKindOfOverride() {
        assertThat(saturdayWorked.kind()).isEqualTo(DayOverride.Kind.WORKING_DAY);
        assertThat(bridge.kind()).isEqualTo(DayOverride.Kind.DAY_OFF);
        assertThat(newYear2027.note()).isNull();
    }
}
