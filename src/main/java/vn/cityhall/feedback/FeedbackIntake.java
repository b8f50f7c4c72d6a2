package vn.cityhall.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.feedback.text.OffensiveWords;
import vn.cityhall.shared.AuditActor;

/**
 * Receives feedback from every channel: checks it ({@link SubmissionCheck}: bad input changes nothing)
 * and its sender ({@link SenderLimits}: stopped senders, too many items in a short time), flags offensive
 * words for the operator ({@link OffensiveWords}: a flag, not a refusal),
 * gives it a tracking code such as {@code PA-2026-000123} and a private link secret, stores it with its
 * screening deadline (working hours of the calendar) and announces {@link FeedbackReceived}, all in one
 * transaction: a stored item is always announced, an announced item is always stored. The item is
 * written once (one insert): the event is published directly rather than by saving the aggregate again.
 */
@Service
public class FeedbackIntake {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SubmissionCheck check;
    private final SenderLimits limits;
    private final OffensiveWords offensiveWords;
    private final Feedbacks feedbacks;
    private final WorkingCalendar calendar;
    private final FeedbackSettings settings;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeedbackIntake(SubmissionCheck check, SenderLimits limits, OffensiveWords offensiveWords, Feedbacks feedbacks,
            WorkingCalendar calendar, FeedbackSettings settings, JdbcTemplate jdbc, ApplicationEventPublisher events,
            Clock clock) {
        this.check = check;
        this.limits = limits;
        this.offensiveWords = offensiveWords;
        this.feedbacks = feedbacks;
        this.calendar = calendar;
        this.settings = settings;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the submission and returns its receipt.
     *
     * @throws FeedbackInvalid listing every field at fault; nothing is stored
     */
    @Transactional
    public FeedbackReceipt submit(FeedbackSubmission submission) {
        return submit(submission, null);
    }

    /**
     * Stores a submission of a registered API client ({@code /api/v1}, Open311) and returns its receipt.
     *
     * @param apiClientId the client's id, kept with the item; {@code null} for the other channels
     * @throws FeedbackInvalid listing every field at fault; nothing is stored
     */
    @Transactional
    public FeedbackReceipt submit(FeedbackSubmission submission, Long apiClientId) {
        CheckedSubmission checked = check.check(submission);
        Instant now = clock.instant();
        limits.check(checked, now);
        String code = nextCode(now);
        String token = newToken();
        boolean offensive = !offensiveWords.find(checked.text()).isEmpty();
        Feedback item = feedbacks.save(Feedback.receive(code, hash(token), checked, apiClientId, offensive, now,
                calendar.addWorkingHours(now, settings.screeningHours())));
        events.publishEvent(item.received(AuditActor.current()));
        return new FeedbackReceipt(item.id(), code, token, item.screeningDueAt());
    }

    /**
     * Checks a submission as {@link #submit} would, without storing anything: channels that receive
     * files first (the portal) call it before keeping any file.
     *
     * @throws FeedbackInvalid listing every field at fault
     */
    @Transactional(readOnly = true)
    public void check(FeedbackSubmission submission) {
        limits.check(check.check(submission), clock.instant());
    }

    /** Whether a private-link secret belongs to the item (constant-time comparison of hashes). */
    public static boolean tokenMatches(Feedback item, String token) {
        return token != null && MessageDigest.isEqual(item.accessToken().getBytes(StandardCharsets.US_ASCII),
                hash(token).getBytes(StandardCharsets.US_ASCII));
    }

    private String nextCode(Instant now) {
        Long number = jdbc.queryForObject("select nextval('feedback_code_seq')", Long.class);
        int year = now.atZone(calendar.settings().zone()).getYear();
        return String.format("PA-%d-%06d", year, number);
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
