package vn.cityhall.calendar.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.cityhall.calendar.web.YearSection.Flash;
import vn.cityhall.shared.web.Htmx;

/**
 * The working calendar of a year, for every staff member: twelve month grids, the holidays and
 * overrides, and the working-day calculators. Administrators also see the override form.
 */
@Controller
class CalendarController {

    private final CalendarPages pages;

    CalendarController(CalendarPages pages) {
        this.pages = pages;
    }

    /**
     * {@code /calendar?year=2026}; this year by default. A year that is not a number within the
     * supported years gets the page with a message saying so, and status 400.
     */
    @GetMapping("/calendar")
    String show(@RequestParam(required = false) String year, Locale locale, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Optional<Integer> chosen = year == null || year.isBlank() ? Optional.of(pages.currentYear())
                : CalendarPages.parseYear(year);
        Flash flash = model.getAttribute("flash") instanceof Flash message ? message : null;
        YearSection section;
        if (chosen.isPresent()) {
            section = pages.year(chosen.get(), locale, flash);
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            section = pages.invalidYear(locale);
        }
        return Htmx.isHtmx(request) ? pages.yearPart(model, section) : pages.page(model, section, null, null);
    }
}
