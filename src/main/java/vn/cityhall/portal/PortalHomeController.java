package vn.cityhall.portal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.cityhall.feedback.figures.FigureCharts;
import vn.cityhall.feedback.figures.Figures;
import vn.cityhall.shared.CityZone;
import vn.cityhall.shared.web.Localizer;

/**
 * {@code /portal}, the citizens' home page: live figures (received this month; answered, on time and
 * rated over the last twelve months) and the ways in (send, track, published answers, statistics);
 * {@code /portal/statistics}: the same twelve months by month, commune and category, with charts and
 * tables. The figures are at most {@link PortalSettings#figuresMaxAge()} old.
 */
@Controller
class PortalHomeController {

    private final PortalFigures figures;
    private final MessageSource messages;
    private final Clock clock;

    PortalHomeController(PortalFigures figures, MessageSource messages, Clock clock) {
        this.figures = figures;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/portal")
    String home(Model model) {
        Figures current = figures.current();
        model.addAttribute("figures", current);
        model.addAttribute("thisMonth", current.month(YearMonth.now(clock.withZone(CityZone.ID))));
        return "portal/home";
    }

    @GetMapping("/portal/statistics")
    String statistics(Model model, Locale locale) {
        Figures current = figures.current();
        Localizer i18n = new Localizer(messages, locale);
        model.addAttribute("figures", current);
        model.addAttribute("monthsChart", FigureCharts.months(current, i18n));
        model.addAttribute("communesChart", FigureCharts.bars(current.communes(), FigureCharts.TOP_COMMUNES, i18n));
        model.addAttribute("categoriesChart", FigureCharts.bars(current.categories(), Integer.MAX_VALUE, i18n));
        return "portal/statistics";
    }
}
