package vn.cityhall.feedback;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Anti-abuse at intake: senders an operator has stopped, and how many items one phone number or one
 * network address may send within a window ({@link FeedbackSettings}). A refusal names the reason and
 * stores nothing.
 */
@Component
class SenderLimits {

    private final Feedbacks feedbacks;
    private final FeedbackSettings settings;
    private final JdbcTemplate jdbc;

    SenderLimits(Feedbacks feedbacks, FeedbackSettings settings, JdbcTemplate jdbc) {
        this.feedbacks = feedbacks;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    void check(CheckedSubmission submission, Instant now) {
        if (blocked("PHONE", submission.senderPhone()) || blocked("ADDRESS", submission.sourceAddress())
                || blocked("ADDRESS", canonical(submission.sourceAddress()))) {
            throw new FeedbackInvalid(List.of(new FeedbackInvalid.FieldError("senderPhone", "feedback.error.blocked")));
        }
        Instant since = now.minus(settings.limitWindow());
        long minutes = settings.limitWindow().toMinutes();
        if (feedbacks.countBySenderPhoneAndReceivedAtAfter(submission.senderPhone(), since) >= settings.maxPerPhone()) {
            throw new FeedbackInvalid(List.of(new FeedbackInvalid.FieldError("senderPhone", "feedback.error.tooManyFromPhone",
                    settings.maxPerPhone(), minutes)));
        }
        if (submission.sourceAddress() != null && feedbacks.countBySourceAddressAndReceivedAtAfter(
                submission.sourceAddress(), since) >= settings.maxPerAddress()) {
            throw new FeedbackInvalid(List.of(new FeedbackInvalid.FieldError(null, "feedback.error.tooManyFromAddress",
                    minutes)));
        }
    }

    /**
     * An IP literal as the server writes a direct connection's address ({@code 2001:db8:0:0:0:0:0:7}), so that a
     * forwarded {@code 2001:db8::7} matches the blocklist too; anything else as it is (never a DNS lookup).
     */
    static String canonical(String address) {
        if (address == null || !address.matches("[0-9A-Fa-f:.]{2,45}") || !address.contains(":")) {
            return address;
        }
        try {
            return java.net.InetAddress.getByName(address).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            return address;
        }
    }

    private boolean blocked(String kind, String value) {
        return value != null && Boolean.TRUE.equals(jdbc.queryForObject(
                "select count(*) > 0 from feedback_blocked_sender where kind = ? and sender = ?", Boolean.class, kind, value));
    }
}
