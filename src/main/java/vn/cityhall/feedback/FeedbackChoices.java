package vn.cityhall.feedback;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.organization.UnitType;

/** The select lists of every feedback form (the portal's, the operators'): active categories and communes. */
@Component
public class FeedbackChoices {

    private final FeedbackCategories categories;
    private final OrganizationDirectory directory;

    FeedbackChoices(FeedbackCategories categories, OrganizationDirectory directory) {
        this.categories = categories;
        this.directory = directory;
    }

    /** Active categories in their display order; {@code selected} is the chosen id as posted. */
    public List<FeedbackChoice> categories(String selected) {
        return categories.findByActiveTrueOrderBySortOrderAsc().stream()
                .map(category -> choice(category.id(), category.name(), selected))
                .toList();
    }

    /** Active communes and wards in Vietnamese alphabetical order. */
    public List<FeedbackChoice> communes(String selected) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        return directory.units().roots().stream()
                .flatMap(root -> directory.units().subtree(root.id()).stream())
                .map(id -> directory.units().get(id))
                .filter(unit -> unit.type() == UnitType.COMMUNE && unit.active())
                .sorted(Comparator.comparing(UnitNode::name, collator::compare))
                .map(unit -> choice(unit.id().value(), unit.name(), selected))
                .toList();
    }

    /**
     * Units that handle feedback, for routing: departments (in their order), then communes and wards (in
     * alphabetical order), each followed by its divisions (by their full names).
     */
    public List<FeedbackChoice> handlingUnits(String selected) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        var tree = directory.units();
        var all = tree.roots().stream().flatMap(root -> tree.subtree(root.id()).stream()).map(tree::get)
                .filter(UnitNode::active).toList();
        var departments = all.stream().filter(unit -> unit.type() == UnitType.DEPARTMENT)
                .sorted(Comparator.comparingInt(UnitNode::sortOrder).thenComparing(UnitNode::name, collator::compare));
        var communes = all.stream().filter(unit -> unit.type() == UnitType.COMMUNE)
                .sorted(Comparator.comparing(UnitNode::name, collator::compare));
        List<FeedbackChoice> choices = new java.util.ArrayList<>();
        java.util.stream.Stream.concat(departments, communes).forEach(home -> {
            choices.add(choice(home.id().value(), home.name(), selected));
            all.stream().filter(unit -> unit.type() == UnitType.DIVISION && !unit.id().equals(home.id())
                            && tree.isWithin(unit.id(), home.id()))
                    .sorted(Comparator.comparing(UnitNode::name, collator::compare))
                    .forEach(division -> choices.add(choice(division.id().value(), "— " + division.fullName(), selected)));
        });
        return choices;
    }

    /** A posted id: {@code null} when none was chosen, -1 (which no row has) when it is not a number. */
    public static Long id(String posted) {
        try {
            return posted == null || posted.isBlank() ? null : Long.valueOf(posted.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static FeedbackChoice choice(long id, String label, String selected) {
        return new FeedbackChoice(String.valueOf(id), label, String.valueOf(id).equals(selected));
    }
}
