package vn.cityhall.feedback.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cityhall.feedback.AnswerTemplates;
import vn.cityhall.feedback.ContactDetails;
import vn.cityhall.feedback.Feedback;
import vn.cityhall.feedback.FeedbackAccess;
import vn.cityhall.feedback.FeedbackChoices;
import vn.cityhall.feedback.FeedbackInvalid;
import vn.cityhall.feedback.FeedbackLevel;
import vn.cityhall.feedback.FeedbackNotFound;
import vn.cityhall.feedback.FeedbackStateConflict;
import vn.cityhall.feedback.Feedbacks;
import vn.cityhall.feedback.Handling;
import vn.cityhall.feedback.Publication;
import vn.cityhall.feedback.Routing;
import vn.cityhall.feedback.Screening;
import vn.cityhall.files.FileFamily;
import vn.cityhall.files.FileRejectedException;
import vn.cityhall.files.FileStore;
import vn.cityhall.files.UploadedContent;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.web.FormErrors;
import vn.cityhall.shared.web.Localizer;

/**
 * {@code /feedback/items/{code}}: one item with its full timeline, and the steps the viewer may take: screening
 * (accept and assign, reject, merge), transfer, notes, return, answer, approval, publication. Each step posts,
 * then redirects back with a notice; a refused step shows the page again with the errors and what was typed.
 * An item the viewer may not see is 404.
 */
@Controller
class ItemController {

    private final Feedbacks feedbacks;
    private final FeedbackAccess access;
    private final ItemViews views;
    private final Screening screening;
    private final Routing routing;
    private final Handling handling;
    private final Publication publication;
    private final ContactDetails contacts;
    private final AnswerTemplates templates;
    private final MessageSource messages;
    private final FileStore files;
    private final SenderMessageLines senderMessages;

    ItemController(Feedbacks feedbacks, FeedbackAccess access, ItemViews views, Screening screening, Routing routing,
            Handling handling, Publication publication, ContactDetails contacts, AnswerTemplates templates,
            MessageSource messages, FileStore files, SenderMessageLines senderMessages) {
        this.feedbacks = feedbacks;
        this.access = access;
        this.views = views;
        this.screening = screening;
        this.routing = routing;
        this.handling = handling;
        this.publication = publication;
        this.contacts = contacts;
        this.templates = templates;
        this.messages = messages;
        this.files = files;
        this.senderMessages = senderMessages;
    }

    @GetMapping("/feedback/items/{code}")
    String show(@PathVariable String code, @RequestParam(required = false) Long template,
            @AuthenticationPrincipal StaffUser user, Model model, Locale locale) {
        Feedback item = visible(code, user);
        Map<String, String> form = new java.util.HashMap<>();
        if (template != null) {
            templates.findById(template).ifPresent(chosen -> form.put("answer", chosen.body()));
        }
        return page(model, item, user, new Localizer(messages, locale), form, FormErrors.NONE);
    }

    @PostMapping("/feedback/items/{code}/contact")
    String contact(@PathVariable String code, @AuthenticationPrincipal StaffUser user, Model model, Locale locale) {
        Feedback item = visible(code, user);
        model.addAttribute("contact", contacts.reveal(item.code(), user));
        return page(model, item, user, new Localizer(messages, locale), Map.of(), FormErrors.NONE);
    }

    @PostMapping("/feedback/items/{code}/{step:accept|reject|merge|transfer|return|note|answer|approve|send-back|publish}")
    String act(@PathVariable String code, @PathVariable String step, @RequestParam Map<String, String> posted,
            @RequestParam(name = "coordinatorIds", required = false) List<Long> coordinatorIds,
            @RequestParam(name = "publicPhotos", required = false) List<Integer> publicPhotos,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal StaffUser user, Model model, Locale locale, RedirectAttributes redirect) {
        Feedback item = visible(code, user);
        Localizer i18n = new Localizer(messages, locale);
        try {
            Long fileId = null;
            if ("note".equals(step) && file != null && !file.isEmpty()) {
                if (!access.mayHandle(user, item) && !access.isOperator(user)) {
                    throw new org.springframework.security.access.AccessDeniedException("Only the handling unit adds files");
                }
                fileId = files.store(UploadedContent.of(file), files.policy(FileFamily.IMAGES, FileFamily.DOCUMENTS))
                        .id().value();
            }
            run(step, item.code(), posted, coordinatorIds, publicPhotos, fileId, user);
            redirect.addFlashAttribute("notice", i18n.t("feedback.item.done." + step, item.code()));
            return access.maySee(user, feedbacks.findByCode(item.code()).orElseThrow())
                    ? "redirect:/feedback/items/" + item.code() : "redirect:/feedback/items";
        } catch (FeedbackInvalid invalid) {
            model.addAttribute("openStep", step);
            return page(model, item, user, i18n, posted, invalid.formErrors(i18n));
        } catch (FileRejectedException rejected) {
            model.addAttribute("openStep", step);
            return page(model, item, user, i18n, posted, new FormErrors(Map.of("file",
                    List.of(i18n.t(rejected.messageKey(), rejected.arguments()))), List.of()));
        } catch (FeedbackStateConflict conflict) {
            redirect.addFlashAttribute("problem", i18n.t("feedback.error.stateConflict"));
            return "redirect:/feedback/items/" + item.code();
        }
    }

    private void run(String step, String code, Map<String, String> posted, List<Long> coordinatorIds,
            List<Integer> publicPhotos, Long fileId, StaffUser user) {
        Set<Long> coordinators = coordinatorIds == null ? Set.of() : new HashSet<>(coordinatorIds);
        switch (step) {
            case "accept" -> screening.accept(code, new Screening.Acceptance(id(posted, "categoryId"),
                    FeedbackLevel.parse(posted.get("level")), id(posted, "communeId"), id(posted, "unitId"), coordinators,
                    posted.get("note")), user);
            case "reject" -> screening.reject(code, posted.get("reason"), posted.get("note"), user);
            case "merge" -> screening.merge(code, posted.get("masterCode"), user);
            case "transfer" -> routing.transfer(code, id(posted, "unitId"), coordinators, posted.get("note"), user);
            case "return" -> routing.giveBack(code, posted.get("reason"), user);
            case "note" -> handling.addNote(code, posted.get("note"), fileId, user);
            case "answer" -> handling.submitAnswer(code, posted.get("answer"), user);
            case "approve" -> handling.decide(code, true, posted.get("note"), user);
            case "send-back" -> handling.decide(code, false, posted.get("note"), user);
            case "publish" -> publication.publish(code, posted.get("publishedText"), posted.get("publishedAnswer"),
                    publicPhotos == null ? Set.of() : new HashSet<>(publicPhotos), user);
            default -> throw new IllegalArgumentException(step);
        }
    }

    private String page(Model model, Feedback item, StaffUser user, Localizer i18n, Map<String, String> form,
            FormErrors errors) {
        ItemView view = views.build(item, user, i18n);
        model.addAttribute("item", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("senderMessages", senderMessages.about(item.id()));
        if (view.actions().publish()) {
            Publication.Draft draft = publication.draft(item.code(), user);
            model.addAttribute("draft", new Publication.Draft(form.getOrDefault("publishedText", draft.text()),
                    form.getOrDefault("publishedAnswer", draft.answer())));
        }
        return "feedback/item";
    }

    private Feedback visible(String code, StaffUser user) {
        return feedbacks.findByCode(code.strip().toUpperCase(Locale.ROOT)).filter(item -> access.maySee(user, item))
                .orElseThrow(() -> new FeedbackNotFound(code));
    }

    private static Long id(Map<String, String> posted, String name) {
        return FeedbackChoices.id(posted.get(name));
    }

}
