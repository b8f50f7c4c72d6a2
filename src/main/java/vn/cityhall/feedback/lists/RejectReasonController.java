package vn.cityhall.feedback.lists;

import java.util.Locale;
import java.util.Optional;

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

import vn.cityhall.feedback.RejectReason;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.web.FormErrors;
import vn.cityhall.shared.web.Localizer;

/**
 * {@code /admin/feedback/reject-reasons}: the reasons operators choose from when they refuse an item,
 * with the answer the sender receives. Kept by system administrators and feedback operators together
 * (operators know which answers citizens misunderstand); deactivated, never deleted, as refused items
 * keep their reason.
 */
@Controller
class RejectReasonController {

    static final String PATH = "/admin/feedback/reject-reasons";

    private final RejectReasonAdministration administration;
    private final MessageSource messages;

    RejectReasonController(RejectReasonAdministration administration, MessageSource messages) {
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        ListAccess.requireKeeper(user);
        model.addAttribute("reasons", administration.rows());
        return "feedback/lists/rejectReasons";
    }

    @GetMapping(PATH + "/new")
    String add(@AuthenticationPrincipal StaffUser user, Model model) {
        ListAccess.requireKeeper(user);
        return page(model, null, RejectReasonForm.blank(), FormErrors.NONE);
    }

    @PostMapping(PATH + "/new")
    String create(@ModelAttribute("form") RejectReasonForm form, BindingResult result,
            @AuthenticationPrincipal StaffUser user, Model model, Locale locale, RedirectAttributes redirect) {
        ListAccess.requireKeeper(user);
        form.check(result, true);
        Optional<Long> created = result.hasErrors() ? Optional.empty()
                : Attempt.result(result, RejectReasonAdministration.codeTaken(form.code()),
                        () -> administration.create(form));
        if (created.isPresent()) {
            redirect.addFlashAttribute("notice", new Localizer(messages, locale).t("feedbacklists.rejectReason.created",
                    form.name()));
            return "redirect:" + PATH;
        }
        return page(model, null, form, FormErrors.of(result, messages, locale));
    }

    @GetMapping(PATH + "/{id}")
    String edit(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
        ListAccess.requireKeeper(user);
        RejectReason reason = administration.find(id);
        return page(model, reason, RejectReasonForm.of(reason), FormErrors.NONE);
    }

    @PostMapping(PATH + "/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") RejectReasonForm form, BindingResult result,
            @AuthenticationPrincipal StaffUser user, Model model, Locale locale, RedirectAttributes redirect) {
        ListAccess.requireKeeper(user);
        RejectReason reason = administration.find(id);
        form.check(result, false);
        if (!result.hasErrors() && Attempt.save(result, null, () -> administration.update(id, form))) {
            redirect.addFlashAttribute("notice", new Localizer(messages, locale).t("feedbacklists.rejectReason.saved",
                    form.name()));
            return "redirect:" + PATH;
        }
        return page(model, reason, form, FormErrors.of(result, messages, locale));
    }

    private static String page(Model model, RejectReason reason, RejectReasonForm form, FormErrors errors) {
        model.addAttribute("reasonId", reason == null ? null : reason.id());
        model.addAttribute("reasonCode", reason == null ? null : reason.code());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "feedback/lists/rejectReason";
    }
}
