package vn.cityhall.feedback.lists;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cityhall.feedback.AnswerTemplate;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.web.FormErrors;
import vn.cityhall.shared.web.Localizer;

/**
 * {@code /admin/feedback/answer-templates}: the texts officers start an answer from, for one category or
 * for all. Kept by system administrators and feedback operators together; deactivated, never deleted.
 */
@Controller
class AnswerTemplateController {

    static final String PATH = "/admin/feedback/answer-templates";

    private final AnswerTemplateAdministration administration;
    private final MessageSource messages;

    AnswerTemplateController(AnswerTemplateAdministration administration, MessageSource messages) {
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        ListAccess.requireKeeper(user);
        model.addAttribute("templates", administration.rows());
        return "feedback/lists/answerTemplates";
    }

    @GetMapping(PATH + "/new")
    String add(@AuthenticationPrincipal StaffUser user, Model model) {
        ListAccess.requireKeeper(user);
        return page(model, null, AnswerTemplateForm.blank(), FormErrors.NONE);
    }

    @PostMapping(PATH + "/new")
    String create(@ModelAttribute("form") AnswerTemplateForm form, BindingResult result,
            @AuthenticationPrincipal StaffUser user, Model model, Locale locale, RedirectAttributes redirect) {
        ListAccess.requireKeeper(user);
        form.check(result);
        if (!result.hasErrors() && Attempt.result(result, null, () -> administration.create(form)).isPresent()) {
            redirect.addFlashAttribute("notice", new Localizer(messages, locale)
                    .t("feedbacklists.answerTemplate.created", form.title()));
            return "redirect:" + PATH;
        }
        return page(model, null, form, FormErrors.of(result, messages, locale));
    }

    @GetMapping(PATH + "/{id}")
    String edit(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
        ListAccess.requireKeeper(user);
        AnswerTemplate template = administration.find(id);
        return page(model, template, AnswerTemplateForm.of(template), FormErrors.NONE);
    }

    @PostMapping(PATH + "/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") AnswerTemplateForm form, BindingResult result,
            @AuthenticationPrincipal StaffUser user, Model model, Locale locale, RedirectAttributes redirect) {
        ListAccess.requireKeeper(user);
        AnswerTemplate template = administration.find(id);
        form.check(result);
        if (!result.hasErrors() && Attempt.save(result, null, () -> administration.update(id, form))) {
            redirect.addFlashAttribute("notice", new Localizer(messages, locale)
                    .t("feedbacklists.answerTemplate.saved", form.title()));
            return "redirect:" + PATH;
        }
        return page(model, template, form, FormErrors.of(result, messages, locale));
    }

    private String page(Model model, AnswerTemplate template, AnswerTemplateForm form, FormErrors errors) {
        model.addAttribute("templateId", template == null ? null : template.id());
        model.addAttribute("templateTitle", template == null ? null : template.title());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", administration.categoryChoices(form.categoryId()));
        return "feedback/lists/answerTemplate";
    }
}
