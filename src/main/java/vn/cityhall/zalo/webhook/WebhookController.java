package vn.cityhall.zalo.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.cityhall.zalo.ZaloSettings;

/**
 * {@code POST /zalo/webhook}: where Zalo posts the OA's events (zalo-oa.md §2). The body is read as bytes,
 * because the signature is over the bytes as sent. A stored event, or one stored before, gets 200 at once
 * (Zalo gives 2 seconds); a refused call gets 401 (413 when too large) with the reason in Vietnamese and
 * English; with the channel off the route answers 404.
 */
@RestController
class WebhookController {

    static final String PATH = "/zalo/webhook";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** The answer to a refused call: the reason's code and its message in both languages. */
    record Refusal(String error, String message, String messageEn) {
    }

    private final ZaloSettings zalo;
    private final ZaloWebhookSettings settings;
    private final WebhookIntake intake;
    private final MessageSource messages;

    WebhookController(ZaloSettings zalo, ZaloWebhookSettings settings, WebhookIntake intake, MessageSource messages) {
        this.zalo = zalo;
        this.settings = settings;
        this.intake = intake;
        this.messages = messages;
    }

    @PostMapping(PATH)
    ResponseEntity<Refusal> receive(HttpServletRequest request) throws IOException {
        if (!zalo.enabled()) {
            return ResponseEntity.notFound().build();
        }
        long limit = settings.maxBodySize().toBytes();
        String remoteAddress = request.getRemoteAddr();
        try {
            if (request.getContentLengthLong() > limit) {
                throw intake.refuseTooLarge(request.getContentLengthLong(), remoteAddress);
            }
            byte[] raw;
            try (InputStream body = request.getInputStream()) {
                raw = body.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            }
            if (raw.length > limit) {
                throw intake.refuseTooLarge(raw.length, remoteAddress);
            }
            intake.receive(raw, request.getHeader(ZaloSignature.HEADER), remoteAddress);
            return ResponseEntity.ok().build();
        } catch (WebhookIntake.Rejected rejected) {
            RejectionReason reason = rejected.reason();
            return ResponseEntity.status(reason.status()).contentType(MediaType.APPLICATION_JSON)
                    .body(new Refusal(reason.name(), message(reason, VIETNAMESE), message(reason, Locale.ENGLISH)));
        }
    }

    private String message(RejectionReason reason, Locale locale) {
        return messages.getMessage(reason.messageKey(), null, reason.messageKey(), locale);
    }
}
