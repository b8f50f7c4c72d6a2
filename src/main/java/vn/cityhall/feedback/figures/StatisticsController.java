package vn.cityhall.feedback.figures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

import vn.cityhall.feedback.FeedbackCategories;
import vn.cityhall.feedback.FeedbackChoices;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitType;
import vn.cityhall.shared.CityZone;
import vn.cityhall.shared.web.Localizer;

/**
 * {@code /feedback/statistics}: feedback figures for operators (every item) and leaders (the items their
 * subtree handles), by month of receipt, commune and category, with filters (months {@code from}–{@code to},
 * {@code category}, {@code commune}); {@code /feedback/statistics.xlsx} exports the same figures. Figures are
 * at most a minute old ({@link FigureCache}).
 */
@Controller
class StatisticsController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final FigureCache figures;
    private final StatisticsScope scope;
    private final FeedbackChoices choices;
    private final FeedbackCategories categories;
    private final OrganizationDirectory directory;
    private final MessageSource messages;
    private final Clock clock;

    StatisticsController(FigureCache figures, StatisticsScope scope, FeedbackChoices choices,
            FeedbackCategories categories, OrganizationDirectory directory, MessageSource messages, Clock clock) {
        this.figures = figures;
        this.scope = scope;
        this.choices = choices;
        this.categories = categories;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/feedback/statistics")
    String statistics(StatisticsRequest request, @AuthenticationPrincipal StaffUser user, Model model, Locale locale) {
        Set<Long> units = scope.handlingUnits(user);
        StatisticsRequest.Parsed parsed = parse(request, units);
        Figures counted = figures.figures(parsed.filter());
        Localizer i18n = new Localizer(messages, locale);
        FigureFilter filter = parsed.filter();
        model.addAttribute("statistics", new StatisticsPage(counted,
                parsed.errors().stream().map(key -> i18n.t(key, FigureFilter.MAX_MONTHS)).toList(),
                choices.categories(filter.categoryId() == null ? null : filter.categoryId().toString()),
                choices.communes(filter.communeId() == null ? null : filter.communeId().toString()),
                units == null ? "figures.scope.all" : "figures.scope.subtree", query(filter),
                FigureCharts.months(counted, i18n), FigureCharts.bars(counted.communes(), FigureCharts.TOP_COMMUNES, i18n),
                FigureCharts.bars(counted.categories(), Integer.MAX_VALUE, i18n)));
        return "feedback/figures/statistics";
    }

    @GetMapping("/feedback/statistics.xlsx")
    void export(StatisticsRequest request, @AuthenticationPrincipal StaffUser user, HttpServletResponse response,
            Locale locale) throws IOException {
        Set<Long> units = scope.handlingUnits(user);
        StatisticsRequest.Parsed parsed = parse(request, units);
        if (!parsed.errors().isEmpty()) {
            // The page names what is wrong; the export never silently counts something else.
            response.sendRedirect("/feedback/statistics?" + query(request));
            return;
        }
        Figures counted = figures.figures(parsed.filter());
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("thong-ke-phan-anh-" + parsed.filter().from() + "-" + parsed.filter().to() + ".xlsx",
                        StandardCharsets.UTF_8)
                .build().toString());
        StatisticsWorkbook.write(counted, units == null ? "figures.scope.all" : "figures.scope.subtree",
                new Localizer(messages, locale), response.getOutputStream());
    }

    private StatisticsRequest.Parsed parse(StatisticsRequest request, Set<Long> units) {
        return request.parse(YearMonth.now(clock.withZone(CityZone.ID)), id -> categories.existsById(id),
                id -> directory.unit(UnitId.of(id)).filter(unit -> unit.type() == UnitType.COMMUNE).isPresent(), units);
    }

    private static String query(FigureFilter filter) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance().queryParam("from", filter.from())
                .queryParam("to", filter.to());
        if (filter.categoryId() != null) {
            query.queryParam("category", filter.categoryId());
        }
        if (filter.communeId() != null) {
            query.queryParam("commune", filter.communeId());
        }
        return query.build().getQuery();
    }

    private static String query(StatisticsRequest request) {
        return UriComponentsBuilder.newInstance().queryParam("from", blank(request.from()))
                .queryParam("to", blank(request.to())).queryParam("category", blank(request.category()))
                .queryParam("commune", blank(request.commune())).encode().build().getQuery();
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
