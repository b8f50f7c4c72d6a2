package vn.cityhall.feedback.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.feedback.BulkAssignment;
import vn.cityhall.feedback.FeedbackAccess;
import vn.cityhall.feedback.FeedbackCategories;
import vn.cityhall.feedback.FeedbackCategory;
import vn.cityhall.feedback.FeedbackChoices;
import vn.cityhall.feedback.FeedbackLevel;
import vn.cityhall.feedback.FeedbackSearch;
import vn.cityhall.feedback.FeedbackStatus;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.organization.UnitTree;
import vn.cityhall.shared.web.Localizer;

/**
 * {@code /feedback/items}: the items the viewer may see — all of them for operators, their units' items for the
 * others — with filters and an accent-insensitive search. Operators select items awaiting screening and assign
 * them in one step, each to the unit chosen or to its own suggested unit ({@code POST /feedback/items/bulk-assign}).
 */
@Controller
class ItemsController {

    private static final int EXCERPT = 160;

    private final FeedbackSearch search;
    private final FeedbackAccess access;
    private final FeedbackCategories categories;
    private final FeedbackChoices choices;
    private final BulkAssignment bulk;
    private final OrganizationDirectory directory;
    private final WorkingCalendar calendar;
    private final MessageSource messages;
    private final Clock clock;

    ItemsController(FeedbackSearch search, FeedbackAccess access, FeedbackCategories categories,
            FeedbackChoices choices, BulkAssignment bulk, OrganizationDirectory directory, WorkingCalendar calendar,
            MessageSource messages, Clock clock) {
        this.search = search;
        this.access = access;
        this.categories = categories;
        this.choices = choices;
        this.bulk = bulk;
        this.directory = directory;
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/feedback/items")
    String list(@ModelAttribute ItemsFilter filter, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal StaffUser user, Model model) {
        ZoneId zone = calendar.settings().zone();
        Instant now = clock.instant();
        FeedbackSearch.Result result = search.search(user, filter.criteria(zone), page, now);
        Map<Long, String> names = categories.findAll().stream()
                .collect(Collectors.toMap(FeedbackCategory::id, FeedbackCategory::name));
        boolean operator = access.isOperator(user);
        // One tree for every row: each call of the directory is a transaction of its own.
        UnitTree tree = directory.units();
        Function<FeedbackSearch.Row, ItemRow> row = found -> row(found, names, tree, zone, now, operator);
        model.addAttribute("rows", result.rows().stream().map(row).toList());
        model.addAttribute("result", result);
        model.addAttribute("filter", filter);
        model.addAttribute("query", filter.query());
        model.addAttribute("operator", operator);
        model.addAttribute("states", List.copyOf(ItemsFilter.STATES.keySet()).stream().sorted().toList());
        model.addAttribute("categories", choices.categories(filter.categoryId()));
        model.addAttribute("communes", choices.communes(filter.communeId()));
        model.addAttribute("units", operator ? choices.handlingUnits(filter.unitId()) : List.of());
        model.addAttribute("levels", List.of(FeedbackLevel.values()));
        return "feedback/items";
    }

    @PostMapping("/feedback/items/bulk-assign")
    String bulkAssign(@RequestParam(name = "codes", required = false) List<String> codes,
            @RequestParam(required = false) String level, @RequestParam(required = false) String unitId,
            @RequestParam(required = false) String back, @AuthenticationPrincipal StaffUser user, Locale locale,
            RedirectAttributes redirect) {
        Localizer i18n = new Localizer(messages, locale);
        BulkAssignment.Outcome outcome = bulk.assign(codes == null ? List.of() : codes, FeedbackLevel.parse(level),
                FeedbackChoices.id(unitId), user);
        redirect.addFlashAttribute("notice", i18n.t("feedback.items.bulk.done", outcome.assigned().size()));
        if (!outcome.refused().isEmpty()) {
            List<String> lines = new ArrayList<>();
            outcome.refused().forEach((code, key) -> lines.add(code + ": " + i18n.t(key)));
            redirect.addFlashAttribute("problem", i18n.t("feedback.items.bulk.refused", String.join("; ", lines)));
        }
        return "redirect:/feedback/items" + (back != null && back.startsWith("?") && !back.contains("//") ? back : "");
    }

    private ItemRow row(FeedbackSearch.Row found, Map<Long, String> categoryNames, UnitTree tree, ZoneId zone,
            Instant now, boolean operator) {
        String text = found.text();
        String excerpt = text.length() <= EXCERPT ? text : text.substring(0, EXCERPT).strip() + "…";
        boolean open = Set.of(FeedbackStatus.RECEIVED, FeedbackStatus.ACCEPTED, FeedbackStatus.ASSIGNED)
                .contains(found.status());
        return new ItemRow(found.code(), excerpt, "feedback.status." + found.status().name(),
                found.level() == null ? null : "feedback.level." + found.level().name(),
                found.categoryId() == null ? null : categoryNames.get(found.categoryId()),
                unitName(tree, found.communeId()), unitName(tree, found.unitId()),
                ItemViews.format(found.receivedAt(), zone), open ? ItemViews.format(found.dueAt(), zone) : null,
                open && found.dueAt() != null && found.dueAt().isBefore(now), found.offensive(),
                operator && (found.status() == FeedbackStatus.RECEIVED || found.status() == FeedbackStatus.ACCEPTED));
    }

    private static String unitName(UnitTree tree, Long id) {
        return id == null ? null : tree.find(UnitId.of(id)).map(UnitNode::name).orElse(null);
    }
}
