package vn.cityhall.feedback.lists;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cityhall.feedback.CategoryQuestion;
import vn.cityhall.feedback.FeedbackCategory;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.web.FormErrors;
import vn.cityhall.shared.web.Localizer;

/**
 * A category's extra questions (Open311 service definitions): system administrators add, edit,
 * reorder (by the order number) and remove them.
 */
@Controller
class QuestionController {

    private static final String QUESTIONS = CategoryController.PATH + "/{categoryId}/questions";
    private static final int ORDER_STEP = 10;

    private final CategoryCatalog catalog;
    private final QuestionAdministration administration;
    private final MessageSource messages;

    QuestionController(CategoryCatalog catalog, QuestionAdministration administration, MessageSource messages) {
        this.catalog = catalog;
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping(QUESTIONS + "/new")
    String add(@PathVariable long categoryId, @AuthenticationPrincipal StaffUser user, Model model) {
        ListAccess.requireAdministrator(user);
        FeedbackCategory category = catalog.category(categoryId);
        int next = catalog.questionsOf(categoryId).stream().mapToInt(QuestionRow::sortOrder).max().orElse(0) + ORDER_STEP;
        return page(model, category, null, QuestionForm.blank(Math.min(next, FormValues.MAX_ORDER)), FormErrors.NONE);
    }

    @PostMapping(QUESTIONS + "/new")
    String create(@PathVariable long categoryId, @ModelAttribute("form") QuestionForm form, BindingResult result,
            @AuthenticationPrincipal StaffUser user, Model model, Locale locale, RedirectAttributes redirect) {
        ListAccess.requireAdministrator(user);
        FeedbackCategory category = catalog.category(categoryId);
        form.check(result, true);
        Optional<Long> added = result.hasErrors() ? Optional.empty()
                : Attempt.result(result, QuestionAdministration.codeTaken(form.code()),
                        () -> administration.add(categoryId, form));
        if (added.isPresent()) {
            return done(redirect, locale, categoryId, "feedbacklists.question.added", form.label());
        }
        return page(model, category, null, form, FormErrors.of(result, messages, locale));
    }

    @GetMapping(QUESTIONS + "/{questionId}")
    String edit(@PathVariable long categoryId, @PathVariable long questionId, @AuthenticationPrincipal StaffUser user,
            Model model) {
        ListAccess.requireAdministrator(user);
        FeedbackCategory category = catalog.category(categoryId);
        CategoryQuestion question = catalog.question(categoryId, questionId);
        return page(model, category, question, QuestionForm.of(question), FormErrors.NONE);
    }

    @PostMapping(QUESTIONS + "/{questionId}")
    String update(@PathVariable long categoryId, @PathVariable long questionId, @ModelAttribute("form") QuestionForm form,
            BindingResult result, @AuthenticationPrincipal StaffUser user, Model model, Locale locale,
            RedirectAttributes redirect) {
        ListAccess.requireAdministrator(user);
        FeedbackCategory category = catalog.category(categoryId);
        CategoryQuestion question = catalog.question(categoryId, questionId);
        form.check(result, false);
        if (!result.hasErrors() && Attempt.save(result, null, () -> administration.update(categoryId, questionId, form))) {
            return done(redirect, locale, categoryId, "feedbacklists.question.saved", form.label());
        }
        return page(model, category, question, form, FormErrors.of(result, messages, locale));
    }

    @PostMapping(QUESTIONS + "/{questionId}/remove")
    String remove(@PathVariable long categoryId, @PathVariable long questionId, @AuthenticationPrincipal StaffUser user,
            Locale locale, RedirectAttributes redirect) {
        ListAccess.requireAdministrator(user);
        Localizer i18n = new Localizer(messages, locale);
        try {
            String label = administration.remove(categoryId, questionId);
            redirect.addFlashAttribute("notice", i18n.t("feedbacklists.question.removed", label));
        } catch (ListRefusal refusal) {
            redirect.addFlashAttribute("problem", i18n.t(refusal.key(), refusal.args()));
        } catch (DataIntegrityViolationException answeredMeanwhile) {
            redirect.addFlashAttribute("problem", i18n.t("feedbacklists.question.answered",
                    catalog.question(categoryId, questionId).label()));
        }
        return "redirect:" + CategoryController.PATH + "/" + categoryId;
    }

    private String done(RedirectAttributes redirect, Locale locale, long categoryId, String key, String label) {
        redirect.addFlashAttribute("notice", new Localizer(messages, locale).t(key, label));
        return "redirect:" + CategoryController.PATH + "/" + categoryId;
    }

    private static String page(Model model, FeedbackCategory category, CategoryQuestion question, QuestionForm form,
            FormErrors errors) {
        model.addAttribute("categoryId", category.id());
        model.addAttribute("categoryName", category.name());
        model.addAttribute("questionId", question == null ? null : question.id());
        model.addAttribute("questionCode", question == null ? null : question.code());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", Arrays.stream(CategoryQuestion.Kind.values()).map(Enum::name).toList());
        return "feedback/lists/question";
    }
}
