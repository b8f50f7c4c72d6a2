package vn.cityhall.feedback.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cityhall.feedback.FeedbackChannel;
import vn.cityhall.feedback.FeedbackChoices;
import vn.cityhall.feedback.FeedbackIntake;
import vn.cityhall.feedback.FeedbackInvalid;
import vn.cityhall.feedback.FeedbackReceipt;
import vn.cityhall.feedback.FeedbackSubmission;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.web.FormErrors;
import vn.cityhall.shared.web.Localizer;

/**
 * {@code /feedback/new}: a feedback operator enters an item received by phone or at the desk, with
 * the caller's contact details and consent as they gave them. Errors come back on the form, field by
 * field; nothing is stored until every field is right.
 */
@Controller
class OperatorIntakeController {

    private final FeedbackIntake intake;
    private final FeedbackChoices choices;
    private final MessageSource messages;

    OperatorIntakeController(FeedbackIntake intake, FeedbackChoices choices, MessageSource messages) {
        this.intake = intake;
        this.choices = choices;
        this.messages = messages;
    }

    @GetMapping("/feedback/new")
    String form(@AuthenticationPrincipal StaffUser user, Model model) {
        Operators.require(user);
        return page(model, IntakeForm.blank(), FormErrors.NONE);
    }

    @PostMapping("/feedback/new")
    String submit(@ModelAttribute("form") IntakeForm form, @AuthenticationPrincipal StaffUser user, Model model,
            Locale locale, RedirectAttributes redirect) {
        Operators.require(user);
        Localizer i18n = new Localizer(messages, locale);
        try {
            FeedbackReceipt receipt = intake.submit(new FeedbackSubmission(FeedbackChannel.OPERATOR, form.text(),
                    FeedbackChoices.id(form.categoryId()), FeedbackChoices.id(form.communeId()), form.address(), null, null,
                    form.senderName(), form.senderPhone(), form.senderEmail(), form.checked(form.consentProcessing()),
                    form.checked(form.consentPublishing()), List.of(), AuditActor.currentAddress()));
            redirect.addFlashAttribute("notice", i18n.t("feedback.intake.done", receipt.code()));
            return "redirect:/feedback/new";
        } catch (FeedbackInvalid invalid) {
            return page(model, form, invalid.formErrors(i18n));
        }
    }

    private String page(Model model, IntakeForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", choices.categories(form.categoryId()));
        model.addAttribute("communes", choices.communes(form.communeId()));
        return "feedback/new";
    }

}
