package vn.cityhall.calendar.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cityhall.calendar.DayOverride;
import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.calendar.internal.OverrideManagement;
import vn.cityhall.calendar.internal.OverrideManagement.OverrideExistsException;
import vn.cityhall.calendar.web.YearSection.Flash;
import vn.cityhall.calendar.web.YearSection.OverrideFormView;
import vn.cityhall.shared.web.FormErrors;
import vn.cityhall.shared.web.Htmx;
import vn.cityhall.shared.web.Localizer;

/**
 * Administrators add and remove the overrides from the government's notices. Without JavaScript
 * the forms post and redirect back to the year with a message; with htmx the year part of the
 * page is replaced in place. Invalid input changes nothing and shows the form again with its
 * errors (status 422 for a full page; 200 for htmx, which swaps only successful responses).
 */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class OverrideController {

    private final OverrideManagement overrides;
    private final CalendarPages pages;

    OverrideController(OverrideManagement overrides, CalendarPages pages) {
        this.overrides = overrides;
        this.pages = pages;
    }

    @PostMapping("/calendar/overrides")
    String add(@Valid @ModelAttribute("overrideForm") OverrideForm form, BindingResult errors, Locale locale,
            Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        Localizer i18n = pages.i18n(locale);
        Optional<LocalDate> date = checkDate(form, errors);
        Optional<DayOverride.Kind> kind = Arrays.stream(DayOverride.Kind.values())
                .filter(value -> value.name().equals(form.kind())).findFirst();
        if (!errors.hasFieldErrors("kind") && kind.isEmpty()) {
            errors.rejectValue("kind", "calendar.override.kind.invalid");
        }
        if (!errors.hasErrors()) {
            try {
                DayOverride added = overrides.add(new DayOverride(date.orElseThrow(), kind.orElseThrow(),
                        form.note()));
                Flash flash = new Flash("success", i18n.t("calendar.override.added",
                        DateInput.display(added.date()), i18n.t(added.kind() == DayOverride.Kind.DAY_OFF
                                ? "calendar.kind.OVERRIDE_OFF" : "calendar.kind.OVERRIDE_WORKING")));
                return done(added.date().getYear(), flash, locale, model, redirect, request, response);
            } catch (OverrideExistsException e) {
                errors.rejectValue("date", "calendar.override.date.taken", new Object[] {DateInput.display(e.date())},
                        null);
            }
        }
        int year = pages.yearOrCurrent(form.year());
        OverrideFormView view = new OverrideFormView(DateInput.forInput(form.date()), form.kind(), form.note(),
                String.valueOf(year), FormErrors.of(errors, i18n));
        YearSection section = pages.year(year, locale, view, null);
        if (Htmx.isHtmx(request)) {
            return pages.yearPart(model, section);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return pages.page(model, section, null, null);
    }

    @PostMapping("/calendar/overrides/{date}/delete")
    String remove(@PathVariable String date, Locale locale, Model model, RedirectAttributes redirect,
            HttpServletRequest request, HttpServletResponse response) {
        Localizer i18n = pages.i18n(locale);
        Optional<LocalDate> day = DateInput.parse(date).filter(d -> WorkingCalendar.supports(d.getYear()));
        Optional<DayOverride> removed = day.flatMap(overrides::remove);
        Flash flash = removed.isPresent()
                ? new Flash("success", i18n.t("calendar.override.removed", DateInput.display(removed.get().date())))
                : new Flash("warning", i18n.t("calendar.override.notFound", day.map(DateInput::display).orElse(date)));
        int year = day.map(LocalDate::getYear).orElseGet(pages::currentYear);
        return done(year, flash, locale, model, redirect, request, response);
    }

    /** After a change: the year part for htmx (with the new address), else a redirect to the year. */
    private String done(int year, Flash flash, Locale locale, Model model, RedirectAttributes redirect,
            HttpServletRequest request, HttpServletResponse response) {
        if (Htmx.isHtmx(request)) {
            response.setHeader("HX-Push-Url", "/calendar?year=" + year);
            return pages.yearPart(model, pages.year(year, locale, flash));
        }
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/calendar?year=" + year;
    }

    /** The date when it is a real date within the supported years; else records why not. */
    private static Optional<LocalDate> checkDate(OverrideForm form, BindingResult errors) {
        if (errors.hasFieldErrors("date")) {
            return Optional.empty();
        }
        Optional<LocalDate> date = DateInput.parse(form.date());
        if (date.isEmpty()) {
            errors.rejectValue("date", "calendar.override.date.invalid");
        } else if (!WorkingCalendar.supports(date.get().getYear())) {
            errors.rejectValue("date", "calendar.override.date.outOfRange",
                    new Object[] {String.valueOf(WorkingCalendar.FIRST_YEAR), String.valueOf(WorkingCalendar.LAST_YEAR)},
                    null);
            return Optional.empty();
        }
        return date;
    }
}
