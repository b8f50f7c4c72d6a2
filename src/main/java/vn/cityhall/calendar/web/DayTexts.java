package vn.cityhall.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;

import vn.cityhall.calendar.CalendarDay;
import vn.cityhall.calendar.DayKind;
import vn.cityhall.calendar.Holiday;
import vn.cityhall.calendar.LunarDate;
import vn.cityhall.shared.web.Localizer;

/** The words for a calendar day in one language, all from the calendar's message bundle. */
final class DayTexts {

    private static final int STEMS = 10;
    private static final int BRANCHES = 12;

    private final Localizer i18n;

    DayTexts(Localizer i18n) {
        this.i18n = i18n;
    }

    String weekday(DayOfWeek day) {
        return i18n.t("calendar.weekday." + day.name());
    }

    String weekdayShort(DayOfWeek day) {
        return i18n.t("calendar.weekday.short." + day.name());
    }

    String month(int month) {
        return i18n.t("calendar.month." + month);
    }

    String kind(DayKind kind) {
        return i18n.t(kind.messageCode());
    }

    /** "Tết Nguyên đán", or "Nghỉ bù Giỗ Tổ Hùng Vương" for a compensatory day. */
    String holiday(Holiday holiday) {
        String name = i18n.t(holiday.key().messageCode());
        return holiday.isCompensatory() ? i18n.t("calendar.holiday.compensatory", name) : name;
    }

    /** What the day is, e.g. "Tết Nguyên đán" or "Làm việc theo thông báo (Tết Nguyên đán)". */
    String name(CalendarDay day) {
        return switch (day.kind()) {
            case WORKING, WEEKEND -> kind(day.kind());
            case HOLIDAY, COMPENSATORY -> holiday(day.holiday());
            case OVERRIDE_OFF, OVERRIDE_WORKING -> day.holiday() == null ? kind(day.kind())
                    : i18n.t("calendar.day.withHoliday", kind(day.kind()), holiday(day.holiday()));
        };
    }

    /** The full description read out for a day cell: weekday, date, what it is and the note. */
    String title(CalendarDay day) {
        String name = day.note() == null ? name(day) : i18n.t("calendar.day.withNote", name(day), day.note());
        return i18n.t("calendar.day.title", weekday(day.date().getDayOfWeek()), DateInput.display(day.date()), name);
    }

    /** "1/1 ÂL". */
    String lunarShort(LunarDate lunar) {
        return i18n.t(lunar.leapMonth() ? "calendar.lunar.shortLeap" : "calendar.lunar.short",
                String.valueOf(lunar.day()), String.valueOf(lunar.month()));
    }

    /** "10/3 năm Bính Ngọ": day, month and the year's name in the sexagenary cycle. */
    String lunarLong(LunarDate lunar) {
        String year = i18n.t("calendar.stem." + Math.floorMod(lunar.year() + 6, STEMS)) + " "
                + i18n.t("calendar.branch." + Math.floorMod(lunar.year() + 8, BRANCHES));
        return i18n.t(lunar.leapMonth() ? "calendar.lunar.longLeap" : "calendar.lunar.long",
                String.valueOf(lunar.day()), String.valueOf(lunar.month()), year);
    }

    /** "Thứ Năm, 05/03/2026". */
    String date(LocalDate date) {
        return i18n.t("calendar.date", weekday(date.getDayOfWeek()), DateInput.display(date));
    }
}
