package vn.cityhall.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.cityhall.DatabaseTest;
import vn.cityhall.calendar.CalendarOverrideAdded;
import vn.cityhall.calendar.CalendarOverrideRemoved;
import vn.cityhall.calendar.CalendarSettings;
import vn.cityhall.calendar.DayKind;
import vn.cityhall.calendar.DayOverride;
import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.calendar.internal.OverrideManagement.OverrideExistsException;
import vn.cityhall.shared.AuditActor;

/** Overrides stored in the database and seen by the application's working calendar; dates in 2037-2039. */
@SpringBootTest
@AutoConfigureMockMvc // the same context shape as the MVC tests, so that one context serves both
@DatabaseTest
@RecordApplicationEvents
@WithUserDetails("admin")
class OverridePersistenceTests {

    private static final LocalDate SAVED = LocalDate.of(2037, 5, 12);
    private static final LocalDate UNIQUE = LocalDate.of(2037, 6, 9);
    private static final LocalDate MONDAY = LocalDate.of(2038, 3, 1);
    private static final LocalDate SATURDAY = LocalDate.of(2038, 3, 6);
    private static final LocalDate WEDNESDAY = LocalDate.of(2038, 3, 10);
    private static final LocalDate OTHER_NODE = LocalDate.of(2039, 8, 14);

    @Autowired
    OverrideManagement management;

    @Autowired
    StoredOverrides stored;

    @Autowired
    CachedCalendarOverrides cache;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    Clock clock;

    @AfterEach
    void removeOverrides() {
        List.of(SAVED, UNIQUE, MONDAY, SATURDAY, WEDNESDAY, OTHER_NODE).forEach(management::remove);
    }

    @Test
    void savesAnOverrideAndReadsItBack() {
        String decomposed = Normalizer.normalize("  Thông báo 5/TB-UBND nghỉ bù  ", Normalizer.Form.NFD);
        management.add(DayOverride.dayOff(SAVED, decomposed));

        CalendarOverride entry = stored.findByDate(SAVED).orElseThrow();
        assertThat(entry.toDayOverride()).isEqualTo(DayOverride.dayOff(SAVED, "Thông báo 5/TB-UBND nghỉ bù"));
        assertThat(Normalizer.isNormalized(entry.toDayOverride().note(), Normalizer.Form.NFC)).isTrue();
        assertThat(entry.createdBy()).isEqualTo("admin");
        assertThat(entry.createdAt()).isBetween(clock.instant().minus(Duration.ofMinutes(1)), clock.instant());
        assertThat(stored.findByDateBetweenOrderByDate(LocalDate.of(2037, 1, 1), LocalDate.of(2037, 12, 31)))
                .extracting(CalendarOverride::date).contains(SAVED);
    }

    @Test
    void storesAnEmptyNoteAsNone() {
        management.add(DayOverride.workingDay(SAVED, "   "));
        assertThat(stored.findByDate(SAVED).orElseThrow().toDayOverride().note()).isNull();
    }

    @Test
    void keepsOneOverridePerDate() {
        management.add(DayOverride.dayOff(UNIQUE, "first"));
        assertThatExceptionOfType(OverrideExistsException.class)
                .isThrownBy(() -> management.add(DayOverride.workingDay(UNIQUE, "second")))
                .satisfies(e -> assertThat(e.date()).isEqualTo(UNIQUE));
        assertThat(stored.findByDate(UNIQUE).orElseThrow().toDayOverride().note()).isEqualTo("first");
    }

    @Test
    void databaseRefusesASecondRowForADate() {
        management.add(DayOverride.dayOff(UNIQUE, "first"));
        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> stored.saveAndFlush(
                CalendarOverride.enter(DayOverride.workingDay(UNIQUE, "second"), AuditActor.system(), clock.instant())));
        assertThat(stored.findByDateBetweenOrderByDate(UNIQUE, UNIQUE)).hasSize(1);
    }

    @Test
    void refusesDatesOutsideTheCalendarAndOverlongNotes() {
        assertThatIllegalArgumentException().isThrownBy(() -> management.add(DayOverride.dayOff(LocalDate.of(2101, 1, 3), null)));
        assertThatIllegalArgumentException().isThrownBy(() -> management.add(DayOverride.dayOff(SAVED, "x".repeat(256))));
        assertThat(stored.findByDate(SAVED)).isEmpty();
    }

    @Test
    void theWorkingCalendarSeesAnOverrideAsSoonAsItIsAddedOrRemoved() {
        assertThat(calendar.isWorkingDay(MONDAY)).isTrue(); // the year is now cached
        management.add(DayOverride.dayOff(MONDAY, null));
        assertThat(calendar.kindOf(MONDAY)).isEqualTo(DayKind.OVERRIDE_OFF);
        management.remove(MONDAY);
        assertThat(calendar.kindOf(MONDAY)).isEqualTo(DayKind.WORKING);
    }

    @Test
    void aWorkedSaturdayAndAWeekdayOffChangeWorkingDayArithmetic() {
        LocalDate friday = LocalDate.of(2038, 3, 5);
        // By the rules: Fri 5 + 1 = Mon 8; Fri 5 + 4 = Thu 11.
        assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2038, 3, 8));
        assertThat(calendar.addWorkingDays(friday, 4)).isEqualTo(LocalDate.of(2038, 3, 11));

        management.add(DayOverride.workingDay(SATURDAY, "làm bù"));
        assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(SATURDAY);
        assertThat(calendar.addWorkingDays(friday, 4)).isEqualTo(WEDNESDAY);

        management.add(DayOverride.dayOff(WEDNESDAY, "nghỉ"));
        assertThat(calendar.addWorkingDays(friday, 4)).isEqualTo(LocalDate.of(2038, 3, 11));
        assertThat(calendar.workingDaysBetween(friday, LocalDate.of(2038, 3, 12))).isEqualTo(5);
    }

    @Test
    void anotherNodesChangeShowsWhenTheCachedYearIsReadAgain() {
        assertThat(calendar.isWorkingDay(OTHER_NODE)).isFalse(); // a Sunday; 2039 now cached
        // Another node stores an override: this node's cache does not know yet.
        stored.saveAndFlush(CalendarOverride.enter(DayOverride.workingDay(OTHER_NODE, null), AuditActor.system(),
                clock.instant()));
        assertThat(calendar.isWorkingDay(OTHER_NODE)).isFalse();
        cache.evict(OTHER_NODE.getYear()); // what the expiry (one minute) does on its own
        assertThat(calendar.isWorkingDay(OTHER_NODE)).isTrue();
    }

    @Test
    void publishesAuditedEventsForAddedAndRemovedOverrides(ApplicationEvents events) {
        management.add(DayOverride.dayOff(SAVED, "TB 1"));
        management.remove(SAVED);
        assertThat(events.stream(CalendarOverrideAdded.class)).singleElement().satisfies(added -> {
            assertThat(added.date()).isEqualTo(SAVED);
            assertThat(added.kind()).isEqualTo(DayOverride.Kind.DAY_OFF);
            assertThat(added.actor().username()).isEqualTo("admin");
            assertThat(added.auditAction()).isEqualTo("calendar.override.added");
            assertThat(added.auditTargetId()).isEqualTo("2037-05-12");
            assertThat(added.auditDetail()).isEqualTo("DAY_OFF: TB 1");
        });
        assertThat(events.stream(CalendarOverrideRemoved.class)).singleElement().satisfies(removed -> {
            assertThat(removed.date()).isEqualTo(SAVED);
            assertThat(removed.actor().username()).isEqualTo("admin");
            assertThat(removed.auditAction()).isEqualTo("calendar.override.removed");
        });
    }

    @Test
    void publishesNothingWhenThereIsNothingToRemove(ApplicationEvents events) {
        assertThat(management.remove(LocalDate.of(2039, 1, 5))).isEmpty();
        assertThat(events.stream(CalendarOverrideRemoved.class)).isEmpty();
    }

    @Test
    void runsWithTheDefaultSettingsWhenNoneAreConfigured() {
        assertThat(calendar.settings()).isEqualTo(CalendarSettings.defaults());
    }
}
