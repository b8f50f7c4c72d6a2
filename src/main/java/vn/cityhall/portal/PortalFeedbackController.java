package vn.cityhall.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import vn.cityhall.feedback.FeedbackChannel;
import vn.cityhall.feedback.FeedbackChoices;
import vn.cityhall.feedback.FeedbackIntake;
import vn.cityhall.feedback.FeedbackInvalid;
import vn.cityhall.feedback.FeedbackReceipt;
import vn.cityhall.feedback.FeedbackSubmission;
import vn.cityhall.feedback.FeedbackTracking;
import vn.cityhall.feedback.TrackedFeedback;
import vn.cityhall.files.FileFamily;
import vn.cityhall.files.FileRejectedException;
import vn.cityhall.files.FileStore;
import vn.cityhall.files.UploadedContent;
import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.web.FormErrors;
import vn.cityhall.shared.web.Localizer;

/**
 * The citizen's side: {@code /portal/feedback/new} sends feedback (text, category, commune, place with
 * an optional map pin, up to five photos or documents, name and phone, consents); the answer is a private link
 * {@code /portal/feedback/{code}?t=...} to the item; {@code /portal/track} finds it again with the code
 * and the phone number. The submission is checked before any file is kept, so bad input stores nothing.
 */
@Controller
class PortalFeedbackController {

    private final FeedbackIntake intake;
    private final FeedbackTracking tracking;
    private final FeedbackChoices choices;
    private final FileStore files;
    private final MessageSource messages;
    private final PortalSettings settings;

    PortalFeedbackController(FeedbackIntake intake, FeedbackTracking tracking, FeedbackChoices choices, FileStore files,
            MessageSource messages, PortalSettings settings) {
        this.intake = intake;
        this.tracking = tracking;
        this.choices = choices;
        this.files = files;
        this.messages = messages;
        this.settings = settings;
    }

    @GetMapping("/portal/feedback/new")
    String form(Model model) {
        return page(model, PortalForm.blank(), FormErrors.NONE);
    }

    @PostMapping("/portal/feedback/new")
    String submit(@ModelAttribute("form") PortalForm form,
            @RequestParam(name = "photos", required = false) List<MultipartFile> uploads, Model model, Locale locale,
            HttpServletRequest request) {
        Localizer i18n = new Localizer(messages, locale);
        if (form.isBot()) {
            // The honeypot was filled: answer like a refusal and keep nothing.
            return page(model, form, new FormErrors(Map.of(), List.of(i18n.t("portal.feedback.refused"))));
        }
        List<MultipartFile> chosen = uploads == null ? List.of()
                : uploads.stream().filter(file -> file != null && !file.isEmpty()).toList();
        FeedbackSubmission submission = submission(form, List.of(), AuditActor.currentAddress());
        try {
            intake.check(withPhotoCount(submission, chosen.size()));
            List<Long> stored = new ArrayList<>();
            for (MultipartFile upload : chosen) {
                stored.add(files.store(UploadedContent.of(upload), files.policy(FileFamily.IMAGES, FileFamily.DOCUMENTS))
                        .id().value());
            }
            FeedbackReceipt receipt = intake.submit(submission(form, stored, AuditActor.currentAddress()));
            return "redirect:/portal/feedback/" + receipt.code() + "?t=" + receipt.accessToken() + "&new=1";
        } catch (FeedbackInvalid invalid) {
            return page(model, form, invalid.formErrors(i18n));
        } catch (FileRejectedException rejected) {
            return page(model, form, new FormErrors(Map.of("photos", List.of(i18n.t(rejected.messageKey(),
                    rejected.arguments()))), List.of()));
        }
    }

    @GetMapping("/portal/feedback/{code}")
    String item(@PathVariable String code, @RequestParam(name = "t", required = false) String secret,
            @RequestParam(name = "new", required = false) String fresh, Model model) {
        TrackedFeedback item = tracking.withSecret(code, secret)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("item", item);
        model.addAttribute("fresh", fresh != null);
        model.addAttribute("link", "/portal/feedback/" + item.code() + "?t=" + secret);
        model.addAttribute("secret", secret);
        return "portal/item";
    }

    @GetMapping("/portal/track")
    String trackForm(Model model) {
        model.addAttribute("code", "");
        model.addAttribute("phone", "");
        model.addAttribute("notFound", false);
        return "portal/track";
    }

    @PostMapping("/portal/track")
    String track(@RequestParam(required = false) String code, @RequestParam(required = false) String phone, Model model) {
        var found = tracking.withPhone(code, phone);
        if (found.isPresent()) {
            model.addAttribute("item", found.get());
            model.addAttribute("fresh", false);
            model.addAttribute("link", null);
            return "portal/item";
        }
        model.addAttribute("code", code == null ? "" : code);
        model.addAttribute("phone", phone == null ? "" : phone);
        model.addAttribute("notFound", true);
        return "portal/track";
    }

    private static FeedbackSubmission submission(PortalForm form, List<Long> photos, String address) {
        return new FeedbackSubmission(FeedbackChannel.PORTAL, form.text(), FeedbackChoices.id(form.categoryId()),
                FeedbackChoices.id(form.communeId()), form.address(), PortalForm.coordinate(form.latitude()),
                PortalForm.coordinate(form.longitude()), form.senderName(), form.senderPhone(), form.senderEmail(),
                form.checked(form.consentProcessing()), form.checked(form.consentPublishing()), photos, address);
    }

    /** The same submission with placeholder photo ids, so that the photo rules are checked before storing files. */
    private static FeedbackSubmission withPhotoCount(FeedbackSubmission submission, int count) {
        List<Long> placeholders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            placeholders.add(0L);
        }
        return new FeedbackSubmission(submission.channel(), submission.text(), submission.categoryId(),
                submission.communeId(), submission.address(), submission.latitude(), submission.longitude(),
                submission.senderName(), submission.senderPhone(), submission.senderEmail(),
                submission.consentProcessing(), submission.consentPublishing(), placeholders, submission.sourceAddress());
    }

    private String page(Model model, PortalForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", choices.categories(form.categoryId()));
        model.addAttribute("communes", choices.communes(form.communeId()));
        model.addAttribute("map", PortalMap.of(settings));
        return "portal/new";
    }
}
