package vn.cityhall.knowledge.web;

import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cityhall.knowledge.internal.EntryDetails;
import vn.cityhall.knowledge.internal.EntryEditing;
import vn.cityhall.knowledge.internal.KnowledgeCategory;
import vn.cityhall.knowledge.internal.KnowledgeRefusal;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.web.FormErrors;
import vn.cityhall.shared.web.Localizer;

/**
 * {@code /knowledge}: the editors list the questions and answers (search without accents, filter by
 * category and status), add and edit them, and publish or unpublish them. A bad form is shown again with
 * its errors and nothing is saved.
 */
@Controller
class EntryController {

    static final String PATH = "/knowledge";

    private final EntryEditing editing;
    private final MessageSource messages;

    EntryController(EntryEditing editing, MessageSource messages) {
        this.editing = editing;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String list(EntryListRequest request, @AuthenticationPrincipal StaffUser user, Model model) {
        KnowledgeEditors.require(user);
        model.addAttribute("entries", editing.list(request.filter(), request.pageNumber()));
        model.addAttribute("request", request);
        model.addAttribute("categories", List.of(KnowledgeCategory.values()));
        return "knowledge/entries";
    }

    @GetMapping(PATH + "/new")
    String add(@AuthenticationPrincipal StaffUser user, Model model) {
        KnowledgeEditors.require(user);
        return page(model, null, EntryForm.blank(), FormErrors.NONE);
    }

    @PostMapping(PATH + "/new")
    String create(@ModelAttribute("form") EntryForm form, BindingResult result,
            @AuthenticationPrincipal StaffUser user, Model model, Locale locale, RedirectAttributes redirect) {
        KnowledgeEditors.require(user);
        form.check(result);
        if (!result.hasErrors()) {
            long id = editing.create(form.content());
            redirect.addFlashAttribute("notice", new Localizer(messages, locale).t("knowledge.entry.created"));
            return "redirect:" + PATH + "/" + id;
        }
        return page(model, null, form, FormErrors.of(result, messages, locale));
    }

    @GetMapping(PATH + "/{id:\\d+}")
    String edit(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
        KnowledgeEditors.require(user);
        EntryDetails entry = editing.find(id);
        return page(model, entry, EntryForm.of(entry), FormErrors.NONE);
    }

    @PostMapping(PATH + "/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") EntryForm form, BindingResult result,
            @AuthenticationPrincipal StaffUser user, Model model, Locale locale, RedirectAttributes redirect) {
        KnowledgeEditors.require(user);
        EntryDetails entry = editing.find(id);
        form.check(result);
        if (!result.hasErrors() && attempt(result, () -> editing.revise(id, version(form.version()), form.content()))) {
            redirect.addFlashAttribute("notice", new Localizer(messages, locale).t("knowledge.entry.saved"));
            return "redirect:" + PATH + "/" + id;
        }
        return page(model, entry, form, FormErrors.of(result, messages, locale));
    }

    @PostMapping(PATH + "/{id:\\d+}/publish")
    String publish(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Locale locale,
            RedirectAttributes redirect) {
        KnowledgeEditors.require(user);
        editing.publish(id);
        redirect.addFlashAttribute("notice", new Localizer(messages, locale).t("knowledge.entry.published"));
        return "redirect:" + PATH + "/" + id;
    }

    @PostMapping(PATH + "/{id:\\d+}/unpublish")
    String unpublish(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Locale locale,
            RedirectAttributes redirect) {
        KnowledgeEditors.require(user);
        editing.unpublish(id);
        redirect.addFlashAttribute("notice", new Localizer(messages, locale).t("knowledge.entry.unpublished"));
        return "redirect:" + PATH + "/" + id;
    }

    private String page(Model model, EntryDetails entry, EntryForm form, FormErrors errors) {
        model.addAttribute("entry", entry);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", List.of(KnowledgeCategory.values()));
        return "knowledge/entry";
    }

    /** Runs a change; a refusal or a concurrent change becomes an error on the form. */
    static boolean attempt(BindingResult result, Runnable change) {
        try {
            change.run();
            return true;
        } catch (KnowledgeRefusal refusal) {
            refusal.rejectOn(result);
        } catch (OptimisticLockingFailureException conflict) {
            result.reject("knowledge.error.conflict");
        }
        return false;
    }

    static Long version(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
