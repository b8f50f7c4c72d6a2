package vn.cityhall.calendar.web;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.cityhall.calendar.CalendarDay;
import vn.cityhall.calendar.DayKind;
import vn.cityhall.calendar.HolidayKey;
import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.shared.web.Localizer;

/**
 * The working calendar of a year for other systems, as JSON: every day that is not worked (weekly
 * rest days, holidays, compensatory days, days off by notice) and every rest day worked by notice,
 * with machine-readable kinds and keys and their Vietnamese names. Staff only, like all of
 * {@code /api}.
 */
@RestController
class CalendarApiController {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final WorkingCalendar calendar;
    private final MessageSource messages;

    CalendarApiController(WorkingCalendar calendar, MessageSource messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    @GetMapping("/api/v1/calendar/{year}")
    ResponseEntity<?> year(@PathVariable String year) {
        var chosen = CalendarPages.parseYear(year);
        Localizer i18n = new Localizer(messages, VIETNAMESE);
        if (chosen.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    i18n.t("calendar.year.invalid", String.valueOf(WorkingCalendar.FIRST_YEAR),
                            String.valueOf(WorkingCalendar.LAST_YEAR)));
            problem.setType(URI.create("about:blank"));
            return ResponseEntity.badRequest().body(problem);
        }
        DayTexts texts = new DayTexts(i18n);
        List<CalendarDay> days = calendar.daysOf(chosen.get());
        List<DayEntry> notWorked = days.stream().filter(day -> !day.isWorking())
                .map(day -> DayEntry.of(day, texts)).toList();
        List<DayEntry> workedByNotice = days.stream().filter(day -> day.kind() == DayKind.OVERRIDE_WORKING)
                .map(day -> DayEntry.of(day, texts)).toList();
        return ResponseEntity.ok(new YearDocument(chosen.get(), calendar.settings().zone().getId(),
                calendar.settings().weeklyRestDays().stream().sorted().toList(),
                (int) days.stream().filter(CalendarDay::isWorking).count(), notWorked, workedByNotice));
    }

    /**
     * The JSON document of a year.
     *
     * @param workingDays how many days of the year are worked
     * @param nonWorkingDays every day not worked, in date order
     * @param workingDaysByNotice rest days or holidays that an official notice makes working days
     */
    record YearDocument(int year, String zone, List<DayOfWeek> weeklyRestDays, int workingDays,
            List<DayEntry> nonWorkingDays, List<DayEntry> workingDaysByNotice) {
    }

    /**
     * One day in the JSON document.
     *
     * @param kind what the day is ({@link DayKind})
     * @param kindName the kind in Vietnamese
     * @param holiday the holiday on or compensated by this day, or {@code null}
     * @param compensates for a compensatory day, the date of the holiday it makes up for
     * @param name what the day is, in Vietnamese, e.g. "Nghỉ bù Giỗ Tổ Hùng Vương"
     * @param note an override's note, as entered
     * @param lunarDate the lunar date, e.g. {@code 2026-03-10} ({@code 2025-06L-01} in a leap month)
     */
    record DayEntry(LocalDate date, DayOfWeek weekday, DayKind kind, String kindName, HolidayKey holiday,
            LocalDate compensates, String name, String note, String lunarDate) {

        static DayEntry of(CalendarDay day, DayTexts texts) {
            return new DayEntry(day.date(), day.date().getDayOfWeek(), day.kind(), texts.kind(day.kind()),
                    day.holiday() == null ? null : day.holiday().key(),
                    day.holiday() == null ? null : day.holiday().compensates(), texts.name(day), day.note(),
                    day.lunarDate().toString());
        }
    }
}
