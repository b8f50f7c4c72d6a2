package vn.cityhall.feedback.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.feedback.AnswerTemplates;
import vn.cityhall.feedback.DuplicateFinder;
import vn.cityhall.feedback.Feedback;
import vn.cityhall.feedback.FeedbackAccess;
import vn.cityhall.feedback.FeedbackAnswer;
import vn.cityhall.feedback.FeedbackAnswers;
import vn.cityhall.feedback.FeedbackCategories;
import vn.cityhall.feedback.FeedbackCategory;
import vn.cityhall.feedback.FeedbackChoice;
import vn.cityhall.feedback.FeedbackChoices;
import vn.cityhall.feedback.FeedbackLevel;
import vn.cityhall.feedback.FeedbackStatus;
import vn.cityhall.feedback.Feedbacks;
import vn.cityhall.feedback.RejectReasons;
import vn.cityhall.feedback.Routing;
import vn.cityhall.feedback.Timeline;
import vn.cityhall.feedback.figures.CommuneSuggestions;
import vn.cityhall.feedback.FeedbackStep;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.PersonId;
import vn.cityhall.organization.PersonView;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.shared.web.Localizer;

/** Builds the item page for one viewer: what they may see and the forms they may use. */
@Component
class ItemViews {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final FeedbackAccess access;
    private final FeedbackCategories categories;
    private final FeedbackChoices choices;
    private final Feedbacks feedbacks;
    private final FeedbackAnswers answers;
    private final Timeline timeline;
    private final RejectReasons reasons;
    private final AnswerTemplates templates;
    private final Routing routing;
    private final DuplicateFinder duplicates;
    private final OrganizationDirectory directory;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final CommuneSuggestions communes;

    ItemViews(FeedbackAccess access, FeedbackCategories categories, FeedbackChoices choices, Feedbacks feedbacks,
            FeedbackAnswers answers, Timeline timeline, RejectReasons reasons, AnswerTemplates templates,
            Routing routing, DuplicateFinder duplicates, OrganizationDirectory directory, WorkingCalendar calendar,
            Clock clock, CommuneSuggestions communes) {
        this.communes = communes;
        this.access = access;
        this.categories = categories;
        this.choices = choices;
        this.feedbacks = feedbacks;
        this.answers = answers;
        this.timeline = timeline;
        this.reasons = reasons;
        this.templates = templates;
        this.routing = routing;
        this.duplicates = duplicates;
        this.directory = directory;
        this.calendar = calendar;
        this.clock = clock;
    }

    ItemView build(Feedback item, StaffUser user, Localizer i18n) {
        ZoneId zone = calendar.settings().zone();
        Instant now = clock.instant();
        boolean operator = access.isOperator(user);
        ItemView.Actions actions = new ItemView.Actions(operator && item.awaitsScreening(),
                operator && item.status() == FeedbackStatus.ASSIGNED, access.mayHandle(user, item),
                access.mayHandle(user, item) && answers.findFirstByItemIdAndState(item.id(),
                        FeedbackAnswer.State.PENDING).isEmpty(),
                access.mayApprove(user, item) && answers.findFirstByItemIdAndState(item.id(),
                        FeedbackAnswer.State.PENDING).isPresent(),
                operator && item.consentPublishing() && item.publishedAt() == null
                        && (item.status() == FeedbackStatus.ANSWERED || item.status() == FeedbackStatus.CLOSED),
                access.maySeeContact(user, item));
        Instant due = item.awaitsScreening() ? item.screeningDueAt() : item.dueAt();
        boolean open = item.awaitsScreening() || item.status() == FeedbackStatus.ASSIGNED;
        boolean late = open && due != null && due.isBefore(now);
        Duration left = !open || due == null ? Duration.ZERO
                : late ? calendar.workingTimeBetween(due, now) : calendar.workingTimeBetween(now, due);
        return new ItemView(item.code(), "feedback.status." + item.status().name(),
                item.level() == null ? null : "feedback.level." + item.level().name(),
                "feedback.channel." + item.channel().name(), categoryName(item.categoryId()),
                communeLabel(item, i18n), item.address(), coordinates(item), item.text(), item.offensive(),
                format(item.receivedAt(), zone), format(item.screeningDueAt(), zone), format(item.dueAt(), zone),
                !open || due == null ? null : late ? "feedback.queue.late" : "feedback.queue.left",
                new Object[] {left.toHours(), left.toMinutesPart()}, late, unitName(item.handlingUnitId()),
                item.coordinators().stream().map(this::unitName).toList(), photos(item), lines(item, zone),
                answerLines(item, zone), item.answerText(), duplicateCode(item), rejectAnswer(item), item.rating(),
                item.ratingComment(), item.publishedAt() != null, item.consentPublishing(), actions,
                choices(item, actions, i18n), actions.screen() ? duplicates.suggestionsFor(item) : List.of());
    }

    private ItemView.Choices choices(Feedback item, ItemView.Actions actions, Localizer i18n) {
        if (!actions.screen() && !actions.transfer() && !actions.answer()) {
            return ItemView.Choices.none();
        }
        String category = item.categoryId() == null ? "" : item.categoryId().toString();
        Long communeId = item.communeId() != null ? item.communeId() : pinnedCommune(item);
        String commune = communeId == null ? "" : communeId.toString();
        String suggested = routing.suggestedUnit(item.categoryId(), communeId)
                .map(unit -> String.valueOf(unit.id().value())).orElse("");
        String unit = item.handlingUnitId() != null ? item.handlingUnitId().toString() : suggested;
        List<FeedbackChoice> levels = Arrays.stream(FeedbackLevel.values())
                .map(level -> new FeedbackChoice(level.name(), i18n.t("feedback.level." + level.name()),
                        level == (item.level() == null ? FeedbackLevel.NORMAL : item.level())))
                .toList();
        boolean english = Locale.ENGLISH.getLanguage().equals(i18n.locale().getLanguage());
        return new ItemView.Choices(choices.categories(category), choices.communes(commune),
                choices.handlingUnits(unit), choices.handlingUnits(""),
                reasons.findByActiveTrueOrderBySortOrderAsc().stream()
                        .map(reason -> new FeedbackChoice(reason.code(), english ? reason.nameEn() : reason.name(), false))
                        .toList(),
                templates.usableFor(item.categoryId()).stream()
                        .map(template -> new FeedbackChoice(String.valueOf(template.id()), template.title(), false))
                        .toList(),
                levels, suggested.isEmpty() ? null : unitName(Long.valueOf(suggested)));
    }

    /** For an item without a commune, the commune its pin most likely lies in (the operator confirms it). */
    private Long pinnedCommune(Feedback item) {
        return item.latitude() == null || item.longitude() == null ? null
                : communes.near(item.latitude(), item.longitude()).map(unit -> unit.id().value()).orElse(null);
    }

    private List<ItemView.Attachment> photos(Feedback item) {
        var entries = item.photoEntries();
        return IntStream.range(0, entries.size())
                .mapToObj(i -> new ItemView.Attachment(i, entries.get(i).fileId(),
                        fileHref(item, entries.get(i).fileId()), entries.get(i).published()))
                .toList();
    }

    private List<ItemView.Line> lines(Feedback item, ZoneId zone) {
        return timeline.findByItemIdOrderByAtAscIdAsc(item.id()).stream()
                .map(entry -> new ItemView.Line(format(entry.at(), zone), entry.kind().messageKey(),
                        entry.personName(), unitName(entry.unitId()), entry.note(),
                        entry.fileId() == null ? null : fileHref(item, entry.fileId()), entry.internal()))
                .toList();
    }

    private List<ItemView.AnswerLine> answerLines(Feedback item, ZoneId zone) {
        return answers.findByItemIdOrderByDraftedAtDesc(item.id()).stream()
                .map(answer -> new ItemView.AnswerLine(format(answer.draftedAt(), zone), personName(answer.draftedBy()),
                        "feedback.answer.state." + answer.state().name(), answer.text(),
                        answer.decidedBy() == null ? null : personName(answer.decidedBy()), answer.decisionNote()))
                .toList();
    }

    private String duplicateCode(Feedback item) {
        return item.duplicateOf() == null ? null : feedbacks.findById(item.duplicateOf()).map(Feedback::code).orElse(null);
    }

    private String rejectAnswer(Feedback item) {
        return item.rejectReason() == null ? null
                : reasons.findByCode(item.rejectReason()).map(reason -> reason.name()
                        + (item.rejectNote() == null ? "" : ": " + item.rejectNote())).orElse(item.rejectReason());
    }

    static String fileHref(Feedback item, long fileId) {
        return "/feedback/items/" + item.code() + "/files/" + fileId;
    }

    /** The item's commune, or the one its pin suggests, marked as a suggestion. */
    String communeLabel(Feedback item, Localizer i18n) {
        if (item.communeId() != null) {
            return unitName(item.communeId());
        }
        Long pinned = pinnedCommune(item);
        return pinned == null ? null : i18n.t("feedback.item.fromPin", unitName(pinned));
    }

    private String categoryName(Long id) {
        return id == null ? null : categories.findById(id).map(FeedbackCategory::name).orElse(null);
    }

    private String unitName(Long id) {
        return id == null ? null : directory.unit(UnitId.of(id)).map(UnitNode::name).orElse(null);
    }

    private String personName(long id) {
        return directory.person(PersonId.of(id)).map(PersonView::fullName).orElse("");
    }

    private static String coordinates(Feedback item) {
        return item.latitude() == null ? null : String.format(Locale.ROOT, "%.5f, %.5f", item.latitude(), item.longitude());
    }

    static String format(Instant at, ZoneId zone) {
        return at == null ? null : TIME.format(at.atZone(zone));
    }
}
