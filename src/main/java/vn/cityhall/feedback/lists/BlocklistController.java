package vn.cityhall.feedback.lists;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.Texts;
import vn.cityhall.shared.web.FormErrors;
import vn.cityhall.shared.web.Localizer;

/**
 * {@code /feedback/blocklist}: feedback operators stop a phone number or a network address that abuses
 * the feedback channels (with the reason), look an entry up, and lift it.
 */
@Controller
class BlocklistController {

    static final String PATH = "/feedback/blocklist";

    private final Blocklist blocklist;
    private final MessageSource messages;

    BlocklistController(Blocklist blocklist, MessageSource messages) {
        this.blocklist = blocklist;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal StaffUser user, Model model) {
        ListAccess.requireOperator(user);
        return page(model, Texts.cleanOrNull(q), page, BlockForm.blank(), FormErrors.NONE);
    }

    @PostMapping(PATH)
    String block(@ModelAttribute("form") BlockForm form, BindingResult result, @AuthenticationPrincipal StaffUser user,
            Model model, Locale locale, RedirectAttributes redirect) {
        ListAccess.requireOperator(user);
        form.check(result);
        if (!result.hasErrors() && Attempt.result(result,
                Blocklist.alreadyBlocked(form.normalizedSender().orElse(form.sender())),
                () -> blocklist.block(form, user)).isPresent()) {
            redirect.addFlashAttribute("notice", new Localizer(messages, locale).t("feedbacklists.blocklist.added",
                    form.normalizedSender().orElseThrow()));
            return "redirect:" + PATH;
        }
        return page(model, null, 0, form, FormErrors.of(result, messages, locale));
    }

    @PostMapping(PATH + "/{id}/remove")
    String unblock(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Locale locale,
            RedirectAttributes redirect) {
        ListAccess.requireOperator(user);
        Localizer i18n = new Localizer(messages, locale);
        try {
            BlockedRow removed = blocklist.unblock(id);
            redirect.addFlashAttribute("notice", i18n.t("feedbacklists.blocklist.removed", removed.sender()));
        } catch (ListItemNotFound removedMeanwhile) {
            redirect.addFlashAttribute("problem", i18n.t("feedbacklists.blocklist.gone"));
        }
        return "redirect:" + PATH;
    }

    private String page(Model model, String query, int page, BlockForm form, FormErrors errors) {
        model.addAttribute("query", query);
        model.addAttribute("pageHref", PATH + "?" + (query == null ? "" : "q=" + URLEncoder.encode(query,
                StandardCharsets.UTF_8) + "&") + "page=");
        model.addAttribute("entries", blocklist.page(query, page));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "feedback/lists/blocklist";
    }
}
