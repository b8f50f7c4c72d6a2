package vn.cityhall.feedback.lists;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.feedback.AnswerTemplate;
import vn.cityhall.feedback.AnswerTemplates;
import vn.cityhall.feedback.FeedbackCategories;
import vn.cityhall.feedback.FeedbackCategory;
import vn.cityhall.feedback.FeedbackChoice;

/** Changes to the answer templates, by system administrators and feedback operators. */
@Service
@Transactional
class AnswerTemplateAdministration {

    static final String LIST = "answerTemplate";
    private static final int EXCERPT = 140;

    private final AnswerTemplates templates;
    private final FeedbackCategories categories;
    private final ApplicationEventPublisher events;

    AnswerTemplateAdministration(AnswerTemplates templates, FeedbackCategories categories,
            ApplicationEventPublisher events) {
        this.templates = templates;
        this.categories = categories;
        this.events = events;
    }

    /** Templates for every category first, then by category order, then by title. */
    @Transactional(readOnly = true)
    List<AnswerTemplateRow> rows() {
        Map<Long, FeedbackCategory> byId = categories.findAll().stream()
                .collect(Collectors.toMap(FeedbackCategory::id, category -> category));
        Comparator<AnswerTemplate> order = Comparator.comparingInt((AnswerTemplate template) ->
                template.categoryId() == null ? -1 : byId.get(template.categoryId()).sortOrder())
                .thenComparing(AnswerTemplate::title);
        return templates.findAll().stream().sorted(order)
                .map(template -> new AnswerTemplateRow(template.id(), template.title(),
                        template.categoryId() == null ? null : byId.get(template.categoryId()).name(),
                        excerpt(template.body()), template.isActive()))
                .toList();
    }

    /** The categories to choose from: the active ones, and the one chosen before even if no longer active. */
    @Transactional(readOnly = true)
    List<FeedbackChoice> categoryChoices(String selected) {
        return categories.findAll(Sort.by("sortOrder", "id")).stream()
                .filter(category -> category.isActive() || String.valueOf(category.id()).equals(selected))
                .map(category -> new FeedbackChoice(String.valueOf(category.id()), category.name(),
                        String.valueOf(category.id()).equals(selected)))
                .toList();
    }

    @Transactional(readOnly = true)
    AnswerTemplate find(long id) {
        return templates.findById(id).orElseThrow(() -> new ListItemNotFound(LIST, id));
    }

    long create(AnswerTemplateForm form) {
        requireCategory(form);
        AnswerTemplate template = templates.saveAndFlush(AnswerTemplate.create(form.details()));
        events.publishEvent(FeedbackListChanged.of(LIST, template.id(), "created", null));
        return template.id();
    }

    void update(long id, AnswerTemplateForm form) {
        AnswerTemplate template = find(id);
        ListRefusal.requireVersion(FormValues.version(form.version()), template.version());
        requireCategory(form);
        templates.saveAndFlush(template.revise(form.details()));
        events.publishEvent(FeedbackListChanged.of(LIST, id, "updated", null));
    }

    private void requireCategory(AnswerTemplateForm form) {
        Long category = form.category();
        if (category != null && !categories.existsById(category)) {
            throw new ListRefusal("categoryId", "feedbacklists.answerTemplate.category.unknown");
        }
    }

    private static String excerpt(String body) {
        return body.length() <= EXCERPT ? body : body.substring(0, EXCERPT).strip() + "…";
    }
}
