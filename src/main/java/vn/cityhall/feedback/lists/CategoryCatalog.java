package vn.cityhall.feedback.lists;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.feedback.CategoryQuestion;
import vn.cityhall.feedback.CategoryQuestions;
import vn.cityhall.feedback.FeedbackCategories;
import vn.cityhall.feedback.FeedbackCategory;
import vn.cityhall.feedback.FeedbackChoice;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.organization.UnitTree;
import vn.cityhall.organization.UnitType;

/** What the category pages show: the categories, their questions, and the departments to choose from. */
@Component
@Transactional(readOnly = true)
class CategoryCatalog {

    private static final Sort ORDER = Sort.by("sortOrder", "id");

    private final FeedbackCategories categories;
    private final CategoryQuestions questions;
    private final OrganizationDirectory directory;

    CategoryCatalog(FeedbackCategories categories, CategoryQuestions questions, OrganizationDirectory directory) {
        this.categories = categories;
        this.questions = questions;
        this.directory = directory;
    }

    List<CategoryRow> rows() {
        Map<String, String> unitNames = allUnits().stream()
                .collect(Collectors.toMap(UnitNode::code, UnitNode::name, (first, second) -> first));
        Map<Long, Long> questionCounts = questions.findAll().stream()
                .collect(Collectors.groupingBy(CategoryQuestion::categoryId, Collectors.counting()));
        return categories.findAll(ORDER).stream()
                .map(category -> new CategoryRow(category.id(), category.code(), category.name(), category.nameEn(),
                        category.handlerUnitCode() == null ? null
                                : unitNames.getOrDefault(category.handlerUnitCode(), category.handlerUnitCode()),
                        category.communeDivision(),
                        category.photosRequired(), category.isActive(), category.sortOrder(),
                        questionCounts.getOrDefault(category.id(), 0L).intValue()))
                .toList();
    }

    FeedbackCategory category(long id) {
        return categories.findById(id).orElseThrow(() -> new ListItemNotFound("category", id));
    }

    List<QuestionRow> questionsOf(long categoryId) {
        return questions.findByCategoryIdOrderBySortOrderAscIdAsc(categoryId).stream().map(QuestionRow::of).toList();
    }

    CategoryQuestion question(long categoryId, long questionId) {
        return questions.findById(questionId).filter(question -> question.categoryId() == categoryId)
                .orElseThrow(() -> new ListItemNotFound("question", questionId));
    }

    /**
     * Active departments in the tree's order, for the "usual handler" list; the one chosen before stays
     * in the list even if it is no longer active, so that the form shows what is stored.
     */
    List<FeedbackChoice> departments(String selected) {
        return allUnits().stream()
                .filter(unit -> unit.type() == UnitType.DEPARTMENT && (unit.active() || unit.code().equals(selected)))
                .sorted(Comparator.comparingInt(UnitNode::sortOrder).thenComparing(UnitNode::name))
                .map(unit -> new FeedbackChoice(unit.code(), unit.name(), unit.code().equals(selected)))
                .toList();
    }

    /**
     * The divisions communes have, by the last part of their code (e.g. {@code KTHTDT}), each with the name
     * of one of them, to suggest where within a commune a category goes.
     */
    List<FeedbackChoice> communeDivisions(String selected) {
        UnitTree tree = directory.units();
        Map<String, String> names = new TreeMap<>();
        for (UnitNode unit : allUnits()) {
            UnitNode parent = unit.parentId() == null ? null : tree.find(unit.parentId()).orElse(null);
            if (unit.type() == UnitType.DIVISION && unit.active() && parent != null && parent.type() == UnitType.COMMUNE
                    && unit.code().startsWith(parent.code() + ".")) {
                names.putIfAbsent(unit.code().substring(parent.code().length() + 1), unit.name());
            }
        }
        return names.entrySet().stream()
                .map(entry -> new FeedbackChoice(entry.getKey(), entry.getValue(), entry.getKey().equals(selected)))
                .toList();
    }

    private List<UnitNode> allUnits() {
        UnitTree tree = directory.units();
        Function<UnitNode, List<UnitNode>> subtree = root -> tree.subtree(root.id()).stream().map(tree::get).toList();
        return tree.roots().stream().flatMap(root -> subtree.apply(root).stream()).toList();
    }
}
