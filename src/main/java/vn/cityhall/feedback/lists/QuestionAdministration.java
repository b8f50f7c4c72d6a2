package vn.cityhall.feedback.lists;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.feedback.CategoryQuestion;
import vn.cityhall.feedback.CategoryQuestions;

/**
 * An administrator's changes to a category's extra questions. A question some item has answered cannot
 * be removed (the schema has no way to retire it, and the answer would lose its meaning).
 */
@Service
@Transactional
class QuestionAdministration {

    static final String LIST = "question";

    private final CategoryQuestions questions;
    private final CategoryCatalog catalog;
    private final ApplicationEventPublisher events;

    QuestionAdministration(CategoryQuestions questions, CategoryCatalog catalog, ApplicationEventPublisher events) {
        this.questions = questions;
        this.catalog = catalog;
        this.events = events;
    }

    long add(long categoryId, QuestionForm form) {
        catalog.category(categoryId);
        if (questions.existsByCategoryIdAndCode(categoryId, form.code())) {
            throw codeTaken(form.code());
        }
        CategoryQuestion question = questions.saveAndFlush(CategoryQuestion.ask(categoryId, form.code(), form.details()));
        events.publishEvent(FeedbackListChanged.of(LIST, question.id(), "created", question.code()));
        return question.id();
    }

    void update(long categoryId, long questionId, QuestionForm form) {
        CategoryQuestion question = catalog.question(categoryId, questionId);
        ListRefusal.requireVersion(FormValues.version(form.version()), question.version());
        questions.saveAndFlush(question.revise(form.details()));
        events.publishEvent(FeedbackListChanged.of(LIST, questionId, "updated", question.code()));
    }

    /** Removes the question and returns its wording; refused once an item has answered it. */
    String remove(long categoryId, long questionId) {
        CategoryQuestion question = catalog.question(categoryId, questionId);
        if (questions.isAnswered(questionId)) {
            throw new ListRefusal(null, "feedbacklists.question.answered", question.label());
        }
        questions.delete(question);
        questions.flush();
        events.publishEvent(FeedbackListChanged.of(LIST, questionId, "removed", question.code()));
        return question.label();
    }

    static ListRefusal codeTaken(String code) {
        return new ListRefusal("code", "feedbacklists.error.codeTaken", code);
    }
}
