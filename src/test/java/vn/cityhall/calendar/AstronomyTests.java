package vn.cityhall.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The ephemeris against the worked examples in Meeus, "Astronomical Algorithms" (2nd ed.). */
class AstronomyTests {

    @Test
    void newMoonMatchesMeeusExample49a() {
        // New Moon of 1977 February: k = -283, JDE 2443192.65118 (1977 Feb 18, 3h37m42s TD).
        assertThat(NewMoons.of(-283)).isCloseTo(2443192.65118, within(0.00001));
        assertThat(NewMoons.lunationNear(2443192.65)).isEqualTo(-283);
    }

    @Test
    void lunationZeroIsTheNewMoonOf6January2000() {
        // 2000 Jan 6, 18:14 UT
        assertThat(LunarTime.date(LunarTime.dayOf(NewMoons.of(0)))).isEqualTo(LocalDate.of(2000, 1, 7));
        assertThat(NewMoons.of(0)).isCloseTo(2451550.26, within(0.01));
    }

    @Test
    void solarLongitudeMatchesMeeusExample25a() {
        // 1992 October 13.0 TD: apparent longitude 199.90895 degrees (low-accuracy method).
        assertThat(SolarLongitude.at(2448908.5)).isCloseTo(199.90895, within(0.00002));
    }

    @Test
    void solarLongitudeIsNormalized() {
        for (double jde = 2415020; jde < 2488070; jde += 97.3) {
            assertThat(SolarLongitude.at(jde)).isBetween(0.0, 360.0);
        }
        assertThat(SolarLongitude.normalize(-30)).isEqualTo(330);
        assertThat(SolarLongitude.normalize(725)).isEqualTo(5);
    }

    @Test
    void solsticeMatchesMeeusExample27a() {
        // June solstice 1962: JDE 2437837.39245 (VSOP87). The low-accuracy Sun is within ~15 min.
        double jde = SolarLongitude.reaches(90, 2437835.5);
        assertThat(jde).isCloseTo(2437837.39245, within(0.01));
    }

    @Test
    void winterSolsticeFallsOnTheRightLocalDay() {
        // 2024-12-21 09:20 UTC = 16:20 UTC+7; 2025-12-21 15:03 UTC = 22:03 UTC+7.
        assertThat(LunarTime.date(SolsticeYear.winterSolsticeDay(2024))).isEqualTo(LocalDate.of(2024, 12, 21));
        assertThat(LunarTime.date(SolsticeYear.winterSolsticeDay(2025))).isEqualTo(LocalDate.of(2025, 12, 21));
        // 1962-12-22 08:15 UTC = 15:15 UTC+7
        assertThat(LunarTime.date(SolsticeYear.winterSolsticeDay(1962))).isEqualTo(LocalDate.of(1962, 12, 22));
    }

    @Test
    void deltaTFollowsObservedValues() {
        // Observed: 1900 about -2.8 s, 1950 about 29 s, 2000 about 63.8 s (Meeus ch. 10).
        assertThat(DeltaT.seconds(1900)).isCloseTo(-2.8, within(0.5));
        assertThat(DeltaT.seconds(1950)).isCloseTo(29.1, within(0.5));
        assertThat(DeltaT.seconds(2000)).isCloseTo(63.8, within(0.5));
        assertThat(DeltaT.seconds(2100)).isBetween(150.0, 250.0);
    }

    @Test
    void deltaTIsContinuousAcrossSegments() {
        for (int year : new int[] {1900, 1920, 1941, 1961, 1986, 2005, 2050}) {
            assertThat(DeltaT.seconds(year - 1e-9)).as("at %d", year).isCloseTo(DeltaT.seconds(year), within(1.0));
        }
    }

    @Test
    void localDaysUseUtcPlusSeven() {
        long day = LunarTime.dayNumber(LocalDate.of(2024, 2, 10));
        double midnight = LunarTime.startOf(day);
        assertThat(LunarTime.dayOf(midnight + 1e-6)).isEqualTo(day);
        assertThat(LunarTime.dayOf(midnight - 1e-6)).isEqualTo(day - 1);
        // 00:00 UTC+7 is 17:00 UT the day before, i.e. JD (UT) = JDN - 0.5 - 7/24.
        assertThat(midnight - DeltaT.days(midnight)).isCloseTo(day - 0.5 - 7.0 / 24, within(1e-9));
        assertThat(LunarTime.date(day)).isEqualTo(LocalDate.of(2024, 2, 10));
    }
}
