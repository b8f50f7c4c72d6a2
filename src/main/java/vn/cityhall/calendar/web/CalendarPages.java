package vn.cityhall.calendar.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.calendar.web.Calculations.AddCalculation;
import vn.cityhall.calendar.web.Calculations.BetweenCalculation;
import vn.cityhall.calendar.web.YearSection.Flash;
import vn.cityhall.calendar.web.YearSection.OverrideFormView;
import vn.cityhall.shared.web.Localizer;

/**
 * Assembles the calendar page and its parts, which several controllers render: the full page
 * for ordinary requests, one part for htmx.
 */
@Component
class CalendarPages {

    static final String PAGE = "calendar/index";
    static final String YEAR = "calendar/year";

    private final YearViews views;
    private final MessageSource messages;

    CalendarPages(YearViews views, MessageSource messages) {
        this.views = views;
        this.messages = messages;
    }

    Localizer i18n(Locale locale) {
        return new Localizer(messages, locale);
    }

    int currentYear() {
        return views.currentYear();
    }

    /** A year typed into the address or a form: digits within the supported years. */
    static Optional<Integer> parseYear(String text) {
        if (text == null || !text.strip().matches("\\d{1,4}")) {
            return Optional.empty();
        }
        int year = Integer.parseInt(text.strip());
        return WorkingCalendar.supports(year) ? Optional.of(year) : Optional.empty();
    }

    /** The year to show after a form was sent from the page of {@code text}, else this year. */
    int yearOrCurrent(String text) {
        return parseYear(text).orElseGet(this::currentYear);
    }

    YearSection year(int year, Locale locale, OverrideFormView form, Flash flash) {
        return new YearSection(views.of(year, i18n(locale)), null, form, flash);
    }

    YearSection year(int year, Locale locale, Flash flash) {
        return year(year, locale, OverrideFormView.empty(year), flash);
    }

    YearSection invalidYear(Locale locale) {
        String error = i18n(locale).t("calendar.year.invalid", String.valueOf(WorkingCalendar.FIRST_YEAR),
                String.valueOf(WorkingCalendar.LAST_YEAR));
        return new YearSection(null, error, OverrideFormView.empty(currentYear()), null);
    }

    /** The whole page; the calculators start empty unless given. */
    String page(Model model, YearSection year, AddCalculation add, BetweenCalculation between) {
        int shown = year.view() == null ? currentYear() : year.view().year();
        model.addAttribute("year", year);
        model.addAttribute("add", add == null ? AddCalculation.empty(shown) : add);
        model.addAttribute("between", between == null ? BetweenCalculation.empty(shown) : between);
        model.addAttribute("currentYear", currentYear());
        return PAGE;
    }

    /** Only the refreshable year part, for htmx. */
    String yearPart(Model model, YearSection year) {
        model.addAttribute("year", year);
        model.addAttribute("currentYear", currentYear());
        return YEAR;
    }
}
