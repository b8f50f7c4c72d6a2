package vn.cityhall.feedback.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.cityhall.feedback.FeedbackChannel;
import vn.cityhall.feedback.FeedbackInvalid.FieldError;
import vn.cityhall.feedback.FeedbackReceipt;
import vn.cityhall.feedback.FeedbackSubmission;
import vn.cityhall.shared.Texts;

/**
 * The REST intake API for other systems, {@code /api/v1/feedback}, JSON with the client's key in
 * {@code X-Api-Key}: send an item ({@code POST}, 201 with the tracking code and the sender's private
 * link; with photos as {@code multipart/form-data}), read one the client sent ({@code GET /{code}}), list the categories and their extra questions
 * ({@code GET /categories}). Errors: {@link FeedbackApiErrors}.
 */
@RestController
@RequestMapping("/api/v1/feedback")
class FeedbackApiController {

    private final ApiIntake intake;
    private final ApiCategoryCatalog catalog;
    private final CommuneCodes communes;
    private final ApiItems items;
    private final PublicLinks links;
    private final MessageSource messages;

    FeedbackApiController(ApiIntake intake, ApiCategoryCatalog catalog, CommuneCodes communes, ApiItems items,
            PublicLinks links, MessageSource messages) {
        this.intake = intake;
        this.catalog = catalog;
        this.communes = communes;
        this.items = items;
        this.links = links;
        this.messages = messages;
    }

    @PostMapping
    ResponseEntity<ApiReceipt> submit(@RequestBody ApiFeedbackRequest body,
            @AuthenticationPrincipal ApiClientIdentity client, HttpServletRequest request) {
        return receive(body, List.of(), client, request);
    }

    /** The same with photos or documents: {@code multipart/form-data}, the JSON as part {@code feedback}. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ApiReceipt> submitWithPhotos(@RequestPart("feedback") ApiFeedbackRequest body,
            @RequestPart(name = "photos", required = false) List<MultipartFile> photos,
            @AuthenticationPrincipal ApiClientIdentity client, HttpServletRequest request) {
        return receive(body, photos == null ? List.of() : photos, client, request);
    }

    private ResponseEntity<ApiReceipt> receive(ApiFeedbackRequest body, List<MultipartFile> photos,
            ApiClientIdentity client, HttpServletRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ApiCategoryCatalog.Category category = null;
        if (Texts.cleanOrNull(body.categoryCode()) != null) {
            category = catalog.byCode(body.categoryCode()).orElse(null);
            if (category == null) {
                errors.add(new FieldError("categoryId", "feedback.error.category"));
            }
        }
        Long commune = null;
        if (Texts.cleanOrNull(body.communeCode()) != null) {
            commune = communes.commune(body.communeCode()).map(unit -> unit.id().value()).orElse(null);
            if (commune == null) {
                errors.add(new FieldError("communeId", "feedback.error.commune"));
            }
        }
        // The per-address limit is for anonymous senders: a keyed client sends for many people from one
        // server, so no source address is given; the per-phone limit and the blocklist still apply.
        FeedbackSubmission submission = new FeedbackSubmission(FeedbackChannel.API, body.text(),
                category == null ? null : category.id(), commune, body.address(), body.latitude(), body.longitude(),
                body.senderName(), body.senderPhone(), body.senderEmail(), Boolean.TRUE.equals(body.consentProcessing()),
                Boolean.TRUE.equals(body.consentPublishing()), List.of(), null);
        FeedbackReceipt receipt = intake.submit(client, new ApiDraft(submission, category, body.answers(), errors), photos);
        return ResponseEntity.created(URI.create(links.base(request) + "/api/v1/feedback/" + receipt.code()))
                .body(new ApiReceipt(receipt.code(), links.tracking(request, receipt.code(), receipt.accessToken()),
                        W3cTime.format(receipt.screeningDueAt())));
    }

    /** An item the client sent; any other code is 404, so that codes cannot be probed. */
    @GetMapping("/{code}")
    ApiFeedbackView item(@PathVariable String code, @AuthenticationPrincipal ApiClientIdentity client) {
        ApiItem item = items.byCode(code.strip().toUpperCase(Locale.ROOT)).filter(found -> found.sentBy(client))
                .orElseThrow(ApiItemNotFound::new);
        return view(item);
    }

    @GetMapping("/categories")
    List<ApiCategory> categories() {
        return catalog.active().stream().map(ApiCategory::of).toList();
    }

    private ApiFeedbackView view(ApiItem item) {
        String status = item.status().name();
        return new ApiFeedbackView(item.code(), status, message("feedbackapi.status." + status, ApiProblems.VIETNAMESE),
                message("feedbackapi.status." + status, Locale.ENGLISH), item.categoryCode(), item.categoryName(),
                communes.name(item.communeId()).orElse(null), item.address(), item.text(),
                communes.name(item.answeringUnitId()).orElse(null), W3cTime.format(item.receivedAt()),
                W3cTime.format(item.screeningDueAt()), W3cTime.format(item.handlingDueAt()), item.answer(),
                W3cTime.format(item.answerAt()), item.refusal(false), item.refusal(true),
                item.master() == null ? null : item.master().code(),
                W3cTime.format(item.closedAt()));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** The code is unknown, or the item was not sent by this client. */
    static final class ApiItemNotFound extends RuntimeException {
        ApiItemNotFound() {
            super("No such item of this client");
        }
    }
}
