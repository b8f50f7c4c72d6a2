package vn.cityhall.zalo.webhook;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

import vn.cityhall.audit.AuditOutcome;
import vn.cityhall.audit.AuditTrail;
import vn.cityhall.shared.AuditActor;
import vn.cityhall.zalo.ZaloSettings;

/**
 * Takes a webhook call: checks it is a Zalo event for our app, signed with our OA secret key (zalo-oa.md §3),
 * and stores it with its dedup key before it is answered (a group commit with the events of concurrent calls,
 * {@link InboundWriter}); the processing happens later, off the request
 * ({@link InboundWorker}, woken once the event is committed). A refused call changes nothing but its trace:
 * a {@code zalo_webhook_rejection} row, a log line and an audit entry.
 */
@Service
class WebhookIntake {

    static final String AUDIT_ACTION = "zalo.webhook.rejected";

    private static final Logger log = LoggerFactory.getLogger(WebhookIntake.class);

    /** What became of an accepted call. */
    enum Outcome { STORED, DUPLICATE }

    /** A refused call. */
    static final class Rejected extends Exception {
        private final RejectionReason reason;

        Rejected(RejectionReason reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        RejectionReason reason() {
            return reason;
        }
    }

    private final ZaloSettings zalo;
    private final InboundWriter writer;
    private final WebhookRejections rejections;
    private final InboundWorker worker;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    WebhookIntake(ZaloSettings zalo, InboundWriter writer, WebhookRejections rejections, InboundWorker worker,
            AuditTrail audit, JsonMapper json, Clock clock) {
        this.zalo = zalo;
        this.writer = writer;
        this.rejections = rejections;
        this.worker = worker;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Verifies and stores one call's body.
     *
     * @param raw the body exactly as received
     * @param signature the {@code X-ZEvent-Signature} header, or {@code null}
     * @param remoteAddress the caller's address, for the record of a refusal
     * @throws Rejected if the call is not a correctly signed event of our app; then nothing is stored
     */
    Outcome receive(byte[] raw, String signature, String remoteAddress) throws Rejected {
        if (signature == null || signature.isBlank()) {
            throw reject(RejectionReason.MISSING_SIGNATURE, raw.length, remoteAddress, null);
        }
        WebhookEnvelope envelope;
        try {
            envelope = WebhookEnvelope.parse(raw, json);
        } catch (WebhookEnvelope.Unparsable e) {
            throw reject(RejectionReason.UNPARSABLE, raw.length, remoteAddress, e.getMessage());
        }
        if (!envelope.appId().equals(zalo.appId())) {
            throw reject(RejectionReason.WRONG_APP, raw.length, remoteAddress, null);
        }
        if (!ZaloSignature.matches(signature, envelope.appId(), raw, envelope.timestamp(), zalo.oaSecretKey())) {
            throw reject(RejectionReason.BAD_SIGNATURE, raw.length, remoteAddress, null);
        }
        boolean stored = writer.store(new InboundEvents.Arrival(envelope, raw, clock.instant())); // committed
        if (!stored) {
            log.debug("Zalo event {} delivered again, already stored", envelope.dedupKey());
            return Outcome.DUPLICATE;
        }
        worker.wake();
        return Outcome.STORED;
    }

    /** Records and reports a refusal that happened before the body could be read whole (too large). */
    Rejected refuseTooLarge(long bodySize, String remoteAddress) {
        return reject(RejectionReason.TOO_LARGE, bodySize, remoteAddress, null);
    }

    private Rejected reject(RejectionReason reason, long bodySize, String remoteAddress, String detail) {
        log.warn("Zalo webhook call from {} refused: {} ({} bytes){}", remoteAddress, reason, bodySize,
                detail == null ? "" : ": " + detail);
        rejections.record(clock.instant(), reason, remoteAddress, bodySize);
        audit.record(AuditActor.current(), AUDIT_ACTION, "ZaloWebhook", null,
                "reason=" + reason + ", bytes=" + bodySize, AuditOutcome.FAILURE);
        return new Rejected(reason);
    }
}
