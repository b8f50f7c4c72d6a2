package vn.cityhall.feedback;

import java.text.Collator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.cityhall.feedback.lists.FeedbackListChanged;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.organization.UnitTree;
import vn.cityhall.organization.UnitType;

/**
 * The select lists of every feedback form (the portal's, the operators'): active categories and communes. The
 * unit lists are sorted once per unit tree (the directory rebuilds it after a change and every minute): sorting
 * 126 Vietnamese names with a collator took most of a list page's time. The active categories are kept for
 * {@link #CATEGORIES_TTL}: an administrator's change shows at once on the node where it was made and within that
 * time on the others (reading them took a twentieth of a list page's time).
 */
@Component
public class FeedbackChoices {

    static final Duration CATEGORIES_TTL = Duration.ofSeconds(30);

    private final FeedbackCategories categories;
    private final OrganizationDirectory directory;
    private volatile Sorted sorted;
    private volatile Categories active;

    FeedbackChoices(FeedbackCategories categories, OrganizationDirectory directory) {
        this.categories = categories;
        this.directory = directory;
    }

    /** The unit lists of one tree, none selected. */
    private record Sorted(UnitTree tree, List<FeedbackChoice> communes, List<FeedbackChoice> handlingUnits) {
    }

    /** The active categories as read at one moment. */
    private record Categories(List<FeedbackCategory> list, Instant loadedAt) {
    }

    /** Active categories in their display order; {@code selected} is the chosen id as posted. */
    public List<FeedbackChoice> categories(String selected) {
        Categories current = active;
        if (current == null || current.loadedAt().plus(CATEGORIES_TTL).isBefore(Instant.now())) {
            current = new Categories(categories.findByActiveTrueOrderBySortOrderAsc(), Instant.now());
            active = current;
        }
        return current.list().stream().map(category -> choice(category.id(), category.name(), selected)).toList();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(FeedbackListChanged change) {
        if ("category".equals(change.list())) {
            active = null;
        }
    }

    /** Active communes and wards in Vietnamese alphabetical order. */
    public List<FeedbackChoice> communes(String selected) {
        return select(sorted().communes(), selected);
    }

    /**
     * Units that handle feedback, for routing: departments (in their order), then communes and wards (in
     * alphabetical order), each followed by its divisions (by their full names).
     */
    public List<FeedbackChoice> handlingUnits(String selected) {
        return select(sorted().handlingUnits(), selected);
    }

    /** A posted id: {@code null} when none was chosen, -1 (which no row has) when it is not a number. */
    public static Long id(String posted) {
        try {
            return posted == null || posted.isBlank() ? null : Long.valueOf(posted.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private Sorted sorted() {
        UnitTree tree = directory.units();
        Sorted current = sorted;
        if (current == null || current.tree() != tree) {
            current = sort(tree);
            sorted = current;
        }
        return current;
    }

    private static Sorted sort(UnitTree tree) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        List<UnitNode> all = tree.roots().stream().flatMap(root -> tree.subtree(root.id()).stream()).map(tree::get)
                .filter(UnitNode::active).toList();
        List<FeedbackChoice> communes = all.stream().filter(unit -> unit.type() == UnitType.COMMUNE)
                .sorted(Comparator.comparing(UnitNode::name, collator::compare))
                .map(unit -> choice(unit.id().value(), unit.name(), null)).toList();
        Stream<UnitNode> departments = all.stream().filter(unit -> unit.type() == UnitType.DEPARTMENT)
                .sorted(Comparator.comparingInt(UnitNode::sortOrder).thenComparing(UnitNode::name, collator::compare));
        Stream<UnitNode> homes = all.stream().filter(unit -> unit.type() == UnitType.COMMUNE)
                .sorted(Comparator.comparing(UnitNode::name, collator::compare));
        List<FeedbackChoice> handling = new ArrayList<>();
        Stream.concat(departments, homes).forEach(home -> {
            handling.add(choice(home.id().value(), home.name(), null));
            all.stream().filter(unit -> unit.type() == UnitType.DIVISION && !unit.id().equals(home.id())
                            && tree.isWithin(unit.id(), home.id()))
                    .sorted(Comparator.comparing(UnitNode::name, collator::compare))
                    .forEach(division -> handling.add(choice(division.id().value(), "— " + division.fullName(), null)));
        });
        return new Sorted(tree, communes, List.copyOf(handling));
    }

    private static List<FeedbackChoice> select(List<FeedbackChoice> choices, String selected) {
        return choices.stream().map(choice -> choice.value().equals(selected)
                ? new FeedbackChoice(choice.value(), choice.label(), true) : choice).toList();
    }

    private static FeedbackChoice choice(long id, String label, String selected) {
        return new FeedbackChoice(String.valueOf(id), label, String.valueOf(id).equals(selected));
    }
}
