package vn.cityhall.calendar.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.cityhall.calendar.CalendarDay;
import vn.cityhall.calendar.DayKind;
import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.calendar.web.YearView.DayCell;
import vn.cityhall.calendar.web.YearView.EntryRow;
import vn.cityhall.calendar.web.YearView.LegendItem;
import vn.cityhall.calendar.web.YearView.MonthView;
import vn.cityhall.shared.CityZone;
import vn.cityhall.shared.web.Localizer;

/** Builds the year view of the calendar page from the working calendar. */
@Component
class YearViews {

    private static final int DAYS_IN_WEEK = 7;

    private final WorkingCalendar calendar;
    private final Clock clock;

    YearViews(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** This year in the city, by the injected clock. */
    int currentYear() {
        return today().getYear();
    }

    YearView of(int year, Localizer i18n) {
        DayTexts texts = new DayTexts(i18n);
        LocalDate today = today();
        List<CalendarDay> days = calendar.daysOf(year);
        List<MonthView> months = new ArrayList<>(12);
        List<EntryRow> entries = new ArrayList<>();
        List<List<DayCell>> weeks = new ArrayList<>();
        List<DayCell> week = new ArrayList<>();
        for (CalendarDay day : days) {
            LocalDate date = day.date();
            if (date.getDayOfMonth() == 1) {
                weeks = new ArrayList<>();
                week = padded(date.getDayOfWeek().getValue() - 1);
            }
            week.add(new DayCell(date.getDayOfMonth(), css(day.kind()), icon(day.kind()), texts.title(day),
                    showsLunarDate(day) ? texts.lunarShort(day.lunarDate()) : null, date.equals(today)));
            if (week.size() == DAYS_IN_WEEK || date.equals(date.withDayOfMonth(date.lengthOfMonth()))) {
                while (week.size() < DAYS_IN_WEEK) {
                    week.add(null);
                }
                weeks.add(week);
                week = new ArrayList<>();
            }
            if (date.equals(date.withDayOfMonth(date.lengthOfMonth()))) {
                months.add(new MonthView(date.getMonthValue(), texts.month(date.getMonthValue()), List.copyOf(weeks)));
            }
            if (day.holiday() != null || day.isOverridden()) {
                entries.add(new EntryRow(date.toString(), DateInput.display(date), texts.weekday(date.getDayOfWeek()),
                        texts.name(day), css(day.kind()), icon(day.kind()), texts.kind(day.kind()),
                        texts.lunarLong(day.lunarDate()), day.note(), day.isOverridden()));
            }
        }
        List<String> weekdays = Arrays.stream(DayOfWeek.values()).map(texts::weekdayShort).toList();
        List<String> weekdayNames = Arrays.stream(DayOfWeek.values()).map(texts::weekday).toList();
        List<LegendItem> legend = Arrays.stream(DayKind.values())
                .map(kind -> new LegendItem(css(kind), icon(kind), texts.kind(kind))).toList();
        return new YearView(year, WorkingCalendar.supports(year - 1) ? year - 1 : null,
                WorkingCalendar.supports(year + 1) ? year + 1 : null, weekdays, weekdayNames, legend,
                List.copyOf(months), List.copyOf(entries));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CityZone.ID);
    }

    private static List<DayCell> padded(int blanks) {
        List<DayCell> week = new ArrayList<>(DAYS_IN_WEEK);
        for (int i = 0; i < blanks; i++) {
            week.add(null);
        }
        return week;
    }

    /** The lunar date is shown on the 1st and 15th of a lunar month and on holidays. */
    private static boolean showsLunarDate(CalendarDay day) {
        int lunarDay = day.lunarDate().day();
        return lunarDay == 1 || lunarDay == 15 || (day.holiday() != null && !day.holiday().isCompensatory());
    }

    static String css(DayKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** An icon per kind, so that no day is told apart by colour alone. */
    static String icon(DayKind kind) {
        return switch (kind) {
            case WORKING -> null;
            case WEEKEND -> "moon";
            case HOLIDAY -> "star-fill";
            case COMPENSATORY -> "arrow-return-right";
            case OVERRIDE_OFF -> "calendar-x";
            case OVERRIDE_WORKING -> "briefcase-fill";
        };
    }
}
