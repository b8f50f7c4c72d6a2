package vn.cityhall.knowledge.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
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

import vn.cityhall.knowledge.internal.AnnouncementDesk;
import vn.cityhall.knowledge.internal.AnnouncementView;
import vn.cityhall.knowledge.internal.KnowledgeRefusal;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.web.FormErrors;
import vn.cityhall.shared.web.Localizer;

/**
 * {@code /knowledge/announcements}: the editors draft announcements, revise drafts and send them to the
 * channel's followers, once; a sent announcement shows how many followers received it and how many were
 * skipped.
 */
@Controller
class AnnouncementController {

    static final String PATH = "/knowledge/announcements";

    private final AnnouncementDesk desk;
    private final MessageSource messages;

    AnnouncementController(AnnouncementDesk desk, MessageSource messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal StaffUser user, Model model) {
        KnowledgeEditors.require(user);
        model.addAttribute("announcements", desk.list(page));
        return "knowledge/announcements";
    }

    @GetMapping(PATH + "/new")
    String add(@AuthenticationPrincipal StaffUser user, Model model) {
        KnowledgeEditors.require(user);
        return page(model, null, AnnouncementForm.blank(), FormErrors.NONE);
    }

    @PostMapping(PATH + "/new")
    String create(@ModelAttribute("form") AnnouncementForm form, BindingResult result,
            @AuthenticationPrincipal StaffUser user, Model model, Locale locale, RedirectAttributes redirect) {
        KnowledgeEditors.require(user);
        form.check(result);
        if (!result.hasErrors()) {
            long id = desk.draft(form.title(), form.body());
            redirect.addFlashAttribute("notice", new Localizer(messages, locale).t("knowledge.announcement.created"));
            return "redirect:" + PATH + "/" + id;
        }
        return page(model, null, form, FormErrors.of(result, messages, locale));
    }

    @GetMapping(PATH + "/{id:\\d+}")
    String show(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
        KnowledgeEditors.require(user);
        AnnouncementView announcement = desk.find(id);
        return page(model, announcement, AnnouncementForm.of(announcement), FormErrors.NONE);
    }

    @PostMapping(PATH + "/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") AnnouncementForm form, BindingResult result,
            @AuthenticationPrincipal StaffUser user, Model model, Locale locale, RedirectAttributes redirect) {
        KnowledgeEditors.require(user);
        AnnouncementView announcement = desk.find(id);
        form.check(result);
        if (!result.hasErrors() && EntryController.attempt(result,
                () -> desk.revise(id, EntryController.version(form.version()), form.title(), form.body()))) {
            redirect.addFlashAttribute("notice", new Localizer(messages, locale).t("knowledge.announcement.saved"));
            return "redirect:" + PATH + "/" + id;
        }
        return page(model, announcement, form, FormErrors.of(result, messages, locale));
    }

    @PostMapping(PATH + "/{id:\\d+}/send")
    String send(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Locale locale,
            RedirectAttributes redirect) {
        KnowledgeEditors.require(user);
        Localizer i18n = new Localizer(messages, locale);
        try {
            desk.release(id);
            redirect.addFlashAttribute("notice", i18n.t("knowledge.announcement.sentNotice"));
        } catch (KnowledgeRefusal refusal) {
            redirect.addFlashAttribute("problem", i18n.t(refusal.key(), refusal.args()));
        } catch (OptimisticLockingFailureException conflict) {
            redirect.addFlashAttribute("problem", i18n.t("knowledge.announcement.error.alreadySent"));
        }
        return "redirect:" + PATH + "/" + id;
    }

    private String page(Model model, AnnouncementView announcement, AnnouncementForm form, FormErrors errors) {
        model.addAttribute("announcement", announcement);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "knowledge/announcement";
    }
}
