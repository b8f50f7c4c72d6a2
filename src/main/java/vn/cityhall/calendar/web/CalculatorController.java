package vn.cityhall.calendar.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.calendar.web.Calculations.AddCalculation;
import vn.cityhall.calendar.web.Calculations.BetweenCalculation;
import vn.cityhall.shared.web.FormErrors;
import vn.cityhall.shared.web.Htmx;
import vn.cityhall.shared.web.Localizer;

/**
 * The working-day calculators of the calendar page: a date plus N working days, and the working
 * days between two dates. htmx gets the calculator's own part; without JavaScript the whole page
 * comes back with the answer.
 */
@Controller
class CalculatorController {

    /** More than four years of working days: beyond any administrative deadline. */
    static final int MAX_DAYS = 1000;

    private final WorkingCalendar calendar;
    private final CalendarPages pages;

    CalculatorController(WorkingCalendar calendar, CalendarPages pages) {
        this.calendar = calendar;
        this.pages = pages;
    }

    @GetMapping("/calendar/calculator/add")
    String add(@RequestParam(required = false) String start, @RequestParam(required = false) String days,
            @RequestParam(required = false) String year, Locale locale, Model model, HttpServletRequest request) {
        Localizer i18n = pages.i18n(locale);
        BindingResult errors = errors("add", Map.of());
        Optional<LocalDate> from = checkDate(start, "start", errors);
        Optional<Integer> count = checkDays(days, errors);
        String result = null;
        if (!errors.hasErrors()) {
            try {
                LocalDate end = calendar.addWorkingDays(from.orElseThrow(), count.orElseThrow());
                DayTexts texts = new DayTexts(i18n);
                result = i18n.t("calendar.calc.add.result", String.valueOf(count.get()), texts.date(from.get()),
                        texts.date(end));
            } catch (IllegalArgumentException e) { // the count runs past the last supported year
                errors.rejectValue("days", "calendar.calc.days.beyondRange",
                        new Object[] {String.valueOf(WorkingCalendar.LAST_YEAR)}, null);
            }
        }
        AddCalculation calculation = new AddCalculation(DateInput.forInput(start), value(days), shownYear(year),
                FormErrors.of(errors, i18n), result);
        if (Htmx.isHtmx(request)) {
            model.addAttribute("add", calculation);
            return "calendar/calculatorAdd";
        }
        return pages.page(model, pages.year(pages.yearOrCurrent(year), locale, null), calculation, null);
    }

    @GetMapping("/calendar/calculator/between")
    String between(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String year, Locale locale, Model model, HttpServletRequest request) {
        Localizer i18n = pages.i18n(locale);
        BindingResult errors = errors("between", Map.of());
        Optional<LocalDate> first = checkDate(from, "from", errors);
        Optional<LocalDate> last = checkDate(to, "to", errors);
        String result = null;
        if (!errors.hasErrors()) {
            DayTexts texts = new DayTexts(i18n);
            int count = calendar.workingDaysBetween(first.orElseThrow(), last.orElseThrow());
            result = i18n.t(count < 0 ? "calendar.calc.between.resultBackwards" : "calendar.calc.between.result",
                    texts.date(first.get()), texts.date(last.get()), String.valueOf(Math.abs(count)));
        }
        BetweenCalculation calculation = new BetweenCalculation(DateInput.forInput(from), DateInput.forInput(to),
                shownYear(year), FormErrors.of(errors, i18n), result);
        if (Htmx.isHtmx(request)) {
            model.addAttribute("between", calculation);
            return "calendar/calculatorBetween";
        }
        return pages.page(model, pages.year(pages.yearOrCurrent(year), locale, null), null, calculation);
    }

    private String shownYear(String year) {
        return String.valueOf(pages.yearOrCurrent(year));
    }

    private static BindingResult errors(String name, Map<String, ?> values) {
        return new MapBindingResult(new HashMap<>(values), name);
    }

    private static String value(String text) {
        return text == null ? "" : text.strip();
    }

    private static Optional<LocalDate> checkDate(String text, String field, BindingResult errors) {
        if (text == null || text.isBlank()) {
            errors.rejectValue(field, "calendar.calc.date.required");
            return Optional.empty();
        }
        Optional<LocalDate> date = DateInput.parse(text);
        if (date.isEmpty()) {
            errors.rejectValue(field, "calendar.calc.date.invalid");
        } else if (!WorkingCalendar.supports(date.get().getYear())) {
            errors.rejectValue(field, "calendar.calc.date.outOfRange", new Object[] {
                String.valueOf(WorkingCalendar.FIRST_YEAR), String.valueOf(WorkingCalendar.LAST_YEAR)}, null);
            return Optional.empty();
        }
        return date;
    }

    private static Optional<Integer> checkDays(String text, BindingResult errors) {
        if (text == null || text.isBlank()) {
            errors.rejectValue("days", "calendar.calc.days.required");
            return Optional.empty();
        }
        String value = text.strip();
        if (!value.matches("\\d{1,4}") || Integer.parseInt(value) > MAX_DAYS) {
            errors.rejectValue("days", "calendar.calc.days.invalid", new Object[] {String.valueOf(MAX_DAYS)}, null);
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(value));
    }
}
