package vn.cityhall.feedback.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.feedback.Feedback;
import vn.cityhall.feedback.FeedbackCategories;
import vn.cityhall.feedback.FeedbackCategory;
import vn.cityhall.feedback.FeedbackStatus;
import vn.cityhall.feedback.Feedbacks;
import vn.cityhall.feedback.ScreeningQueueSize;
import vn.cityhall.feedback.figures.CommuneSuggestions;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.organization.UnitTree;
import vn.cityhall.shared.web.PageView;

/**
 * {@code /feedback/queue}: what waits for screening (tiếp nhận), soonest deadline first, with the time
 * left in working hours, for feedback operators. Accepting and rejecting come next.
 */
@Controller
class ScreeningQueueController {

    static final int PAGE_SIZE = 25;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final int EXCERPT = 160;

    private final Feedbacks feedbacks;
    private final FeedbackCategories categories;
    private final OrganizationDirectory directory;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final CommuneSuggestions communes;
    private final MessageSource messages;
    private final ScreeningQueueSize queueSize;

    ScreeningQueueController(Feedbacks feedbacks, FeedbackCategories categories, OrganizationDirectory directory,
            WorkingCalendar calendar, Clock clock, CommuneSuggestions communes, MessageSource messages, ScreeningQueueSize queueSize) {
        this.queueSize = queueSize;
        this.communes = communes;
        this.messages = messages;
        this.feedbacks = feedbacks;
        this.categories = categories;
        this.directory = directory;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/feedback/queue")
    String queue(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal StaffUser user, Model model,
            java.util.Locale locale) {
        vn.cityhall.shared.web.Localizer i18n = new vn.cityhall.shared.web.Localizer(messages, locale);
        Operators.require(user);
        Map<Long, String> names = categories.findAll().stream()
                .collect(Collectors.toMap(FeedbackCategory::id, FeedbackCategory::name));
        Instant now = clock.instant();
        ZoneId zone = calendar.settings().zone();
        // One tree for every row: each call of the directory is a transaction of its own.
        UnitTree tree = directory.units();
        Function<Feedback, QueueRow> row = item -> row(item, names, tree, now, zone, i18n);
        int number = Math.max(0, Math.min(page, 10_000));
        List<QueueRow> rows = feedbacks.findByStatusOrderByScreeningDueAtAscIdAsc(FeedbackStatus.RECEIVED,
                PageRequest.of(number, PAGE_SIZE)).stream().map(row).toList();
        model.addAttribute("rows", new PageView<>(rows, number, PAGE_SIZE, Math.max(queueSize.waiting(),
                (long) number * PAGE_SIZE + rows.size())));
        return "feedback/queue";
    }

    private QueueRow row(Feedback item, Map<Long, String> categoryNames, UnitTree tree, Instant now, ZoneId zone,
            vn.cityhall.shared.web.Localizer i18n) {
        String text = item.text();
        String excerpt = text.length() <= EXCERPT ? text : text.substring(0, EXCERPT).strip() + "…";
        String commune = item.communeId() != null
                ? tree.find(UnitId.of(item.communeId())).map(UnitNode::name).orElse(null)
                : item.latitude() == null ? null : communes.near(item.latitude(), item.longitude())
                        .map(unit -> i18n.t("feedback.item.fromPin", unit.name())).orElse(null);
        boolean late = item.screeningDueAt().isBefore(now);
        Duration left = late ? calendar.workingTimeBetween(item.screeningDueAt(), now)
                : calendar.workingTimeBetween(now, item.screeningDueAt());
        long hours = left.toHours();
        long minutes = left.toMinutesPart();
        return new QueueRow(item.code(), excerpt, "feedback.channel." + item.channel().name(),
                item.categoryId() == null ? null : categoryNames.get(item.categoryId()), commune,
                TIME.format(item.receivedAt().atZone(zone)), TIME.format(item.screeningDueAt().atZone(zone)),
                late ? "feedback.queue.late" : "feedback.queue.left", new Object[] {hours, minutes}, late,
                item.offensive(), item.photos().size());
    }
}
