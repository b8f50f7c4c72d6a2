package vn.cityhall.feedback.lists;

import java.util.Optional;

import org.springframework.validation.Errors;

import vn.cityhall.feedback.BlockedSender;
import vn.cityhall.feedback.PhoneNumbers;

/**
 * The form that stops a sender: a phone number (any way a caller says it) or a network address, and why.
 *
 * @param kind {@code PHONE} or {@code ADDRESS}
 */
public record BlockForm(String kind, String sender, String reason) {

    static final int REASON_MAX = 500;

    static BlockForm blank() {
        return new BlockForm(BlockedSender.Kind.PHONE.name(), null, null);
    }

    void check(Errors errors) {
        BlockedSender.Kind kind = senderKind();
        if (kind == null) {
            errors.rejectValue("kind", "feedbacklists.blocklist.kind.required");
        } else if (sender == null) {
            errors.rejectValue("sender", "feedbacklists.blocklist.sender.required." + kind.name());
        } else if (normalizedSender().isEmpty()) {
            errors.rejectValue("sender", "feedbacklists.blocklist.sender.invalid." + kind.name(), new Object[] {sender},
                    null);
        }
        FormValues.requireText(errors, "reason", reason, REASON_MAX);
    }

    BlockedSender.Kind senderKind() {
        for (BlockedSender.Kind candidate : BlockedSender.Kind.values()) {
            if (candidate.name().equals(kind)) {
                return candidate;
            }
        }
        return null;
    }

    /** The sender in the form intake compares with: a normalised phone number or address. */
    Optional<String> normalizedSender() {
        BlockedSender.Kind kind = senderKind();
        if (kind == null) {
            return Optional.empty();
        }
        return kind == BlockedSender.Kind.PHONE ? PhoneNumbers.normalize(sender) : NetworkAddresses.normalize(sender);
    }
}
