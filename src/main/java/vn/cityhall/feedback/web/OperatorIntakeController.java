package vn.cityhall.feedback.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cityhall.feedback.FeedbackCategories;
import vn.cityhall.feedback.FeedbackChannel;
import vn.cityhall.feedback.FeedbackIntake;
import vn.cityhall.feedback.FeedbackInvalid;
import vn.cityhall.feedback.FeedbackReceipt;
import vn.cityhall.feedback.FeedbackSubmission;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.organization.UnitType;
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
    private final FeedbackCategories categories;
    private final OrganizationDirectory directory;
    private final MessageSource messages;

    OperatorIntakeController(FeedbackIntake intake, FeedbackCategories categories, OrganizationDirectory directory,
            MessageSource messages) {
        this.intake = intake;
        this.categories = categories;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/feedback/new")
    String form(@AuthenticationPrincipal StaffUser user, Model model) {
        requireOperator(user);
        return page(model, IntakeForm.blank(), FormErrors.NONE);
    }

    @PostMapping("/feedback/new")
    String submit(@ModelAttribute("form") IntakeForm form, @AuthenticationPrincipal StaffUser user, Model model,
            Locale locale, RedirectAttributes redirect) {
        requireOperator(user);
        Localizer i18n = new Localizer(messages, locale);
        try {
            FeedbackReceipt receipt = intake.submit(new FeedbackSubmission(FeedbackChannel.OPERATOR, form.text(),
                    IntakeForm.id(form.categoryId()), IntakeForm.id(form.communeId()), form.address(), null, null,
                    form.senderName(), form.senderPhone(), form.senderEmail(), form.checked(form.consentProcessing()),
                    form.checked(form.consentPublishing()), List.of(), AuditActor.currentAddress()));
            redirect.addFlashAttribute("notice", i18n.t("feedback.intake.done", receipt.code()));
            return "redirect:/feedback/new";
        } catch (FeedbackInvalid invalid) {
            return page(model, form, errors(invalid, i18n));
        }
    }

    private static FormErrors errors(FeedbackInvalid invalid, Localizer i18n) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<String> global = new ArrayList<>();
        for (FeedbackInvalid.FieldError error : invalid.errors()) {
            String message = i18n.t(error.messageKey(), error.arguments());
            if (error.field() == null) {
                global.add(message);
            } else {
                fields.computeIfAbsent(error.field(), key -> new ArrayList<>()).add(message);
            }
        }
        return new FormErrors(fields, global);
    }

    private String page(Model model, IntakeForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", categories.findByActiveTrueOrderBySortOrderAsc().stream()
                .map(c -> new Choice(String.valueOf(c.id()), c.name(), String.valueOf(c.id()).equals(form.categoryId())))
                .toList());
        model.addAttribute("communes", directory.units().roots().isEmpty() ? List.of()
                : directory.units().subtree(directory.units().roots().get(0).id()).stream()
                        .map(id -> directory.units().get(id))
                        .filter(unit -> unit.type() == UnitType.COMMUNE && unit.active())
                        .sorted(Comparator.comparing(unit -> unit.name(), vietnamese()))
                        .map(unit -> new Choice(String.valueOf(unit.id().value()), unit.name(),
                                Objects.equals(String.valueOf(unit.id().value()), form.communeId())))
                        .toList());
        return "feedback/new";
    }

    private static Comparator<String> vietnamese() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        return collator::compare;
    }

    private static void requireOperator(StaffUser user) {
        if (user == null || !user.isEnabled() || !user.is(Role.FEEDBACK_OPERATOR)) {
            throw new AccessDeniedException("Only feedback operators enter feedback");
        }
    }
}
