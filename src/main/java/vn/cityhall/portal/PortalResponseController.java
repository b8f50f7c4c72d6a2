package vn.cityhall.portal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import vn.cityhall.feedback.FeedbackInvalid;
import vn.cityhall.feedback.FeedbackNotFound;
import vn.cityhall.feedback.FeedbackStateConflict;
import vn.cityhall.feedback.FeedbackTracking;
import vn.cityhall.feedback.SenderResponses;
import vn.cityhall.shared.web.Localizer;

/**
 * The sender's answer to the answer, from their private link: a rating from 1 to 5 with a comment, or a request
 * to handle the item again when not satisfied. A wrong secret is 404, as on the tracking page.
 */
@Controller
class PortalResponseController {

    private final SenderResponses responses;
    private final FeedbackTracking tracking;
    private final MessageSource messages;

    PortalResponseController(SenderResponses responses, FeedbackTracking tracking, MessageSource messages) {
        this.responses = responses;
        this.tracking = tracking;
        this.messages = messages;
    }

    @PostMapping("/portal/feedback/{code}/rating")
    String rate(@PathVariable String code, @RequestParam(name = "t", required = false) String secret,
            @RequestParam(required = false) Integer rating, @RequestParam(required = false) String comment, Model model,
            Locale locale, RedirectAttributes redirect) {
        return respond(code, secret, "portal.rating.done", model, locale, redirect,
                () -> responses.rate(code, secret, rating, comment));
    }

    @PostMapping("/portal/feedback/{code}/reopen")
    String reopen(@PathVariable String code, @RequestParam(name = "t", required = false) String secret,
            @RequestParam(required = false) String reason, Model model, Locale locale, RedirectAttributes redirect) {
        return respond(code, secret, "portal.reopen.done", model, locale, redirect,
                () -> responses.reopen(code, secret, reason));
    }

    private String respond(String code, String secret, String doneKey, Model model, Locale locale,
            RedirectAttributes redirect, Runnable action) {
        Localizer i18n = new Localizer(messages, locale);
        var item = tracking.withSecret(code, secret).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String back = "redirect:/portal/feedback/" + item.code() + "?t=" + UriUtils.encodeQueryParam(secret, "UTF-8");
        try {
            action.run();
            redirect.addFlashAttribute("notice", i18n.t(doneKey));
            return back;
        } catch (FeedbackInvalid invalid) {
            model.addAttribute("item", item);
            model.addAttribute("fresh", false);
            model.addAttribute("secret", secret);
            model.addAttribute("link", "/portal/feedback/" + item.code() + "?t=" + secret);
            model.addAttribute("errors", invalid.formErrors(i18n));
            return "portal/item";
        } catch (FeedbackStateConflict | FeedbackNotFound conflict) {
            redirect.addFlashAttribute("notice", i18n.t("portal.response.closed"));
            return back;
        }
    }
}
