package vn.cityhall.tasks.dashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.web.Localizer;

/**
 * {@code /dashboard}: a leader's dashboard for a unit of their subtree ({@code unit}), a period of
 * months ({@code from}, {@code to} as {@code YYYY-MM}) and an order ({@code sort}); {@code /dashboard.xlsx}
 * exports the same figures.
 */
@Controller
class DashboardController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DashboardBuilder builder;
    private final MessageSource messages;

    DashboardController(DashboardBuilder builder, MessageSource messages) {
        this.builder = builder;
        this.messages = messages;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) Long unit, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String sort,
            @AuthenticationPrincipal StaffUser user, Model model) {
        DashboardPeriod period = DashboardPeriod.parse(from, to, builder.today());
        DashboardSort order = DashboardSort.parse(sort);
        model.addAttribute("dashboard", builder.build(user, unit, period, order));
        model.addAttribute("view", new DashboardView(order, DashboardPeriod.presets(builder.today())));
        return "tasks/dashboard";
    }

    @GetMapping("/dashboard.xlsx")
    void export(@RequestParam(required = false) Long unit, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String sort,
            @AuthenticationPrincipal StaffUser user, HttpServletResponse response) throws IOException {
        Dashboard dashboard = builder.build(user, unit, DashboardPeriod.parse(from, to, builder.today()),
                DashboardSort.parse(sort));
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("dieu-hanh-" + dashboard.unit().code() + "-" + dashboard.period().from() + "-"
                        + dashboard.period().to() + ".xlsx", StandardCharsets.UTF_8)
                .build().toString());
        DashboardWorkbook.write(dashboard, new Localizer(messages, LocaleContextHolder.getLocale()),
                response.getOutputStream());
    }
}
