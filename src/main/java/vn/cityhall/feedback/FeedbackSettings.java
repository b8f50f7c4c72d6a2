package vn.cityhall.feedback;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines and limits of the feedback channel ({@code cityhall.feedback.*}). Defaults follow Hanoi's
 * rules for iHanoi (QĐ 1207/QĐ-UBND 2025): screening within 8 working hours, urgent items handled
 * within 4 working hours of receipt; normal and complex items within 10 and 15 working days.
 *
 * @param screeningHours working hours to screen (tiếp nhận) a received item
 * @param urgentHours working hours to handle an urgent item after its acceptance
 * @param normalDays working days to answer a normal item
 * @param complexDays working days to answer a complex item
 * @param maxTextLength longest accepted description, in characters
 * @param maxPhotos photos or documents per item
 * @param maxPerPhone submissions one phone number may send within {@code limitWindow}
 * @param maxPerAddress submissions one network address may send within {@code limitWindow} (offices
 *        and mobile carriers put many people behind one address: keep it well above {@code maxPerPhone})
 * @param limitWindow the window of both limits
 * @param reopenDays days after the answer during which the sender may reopen the item
 * @param duplicateWindow how far back duplicate suggestions look
 */
@ConfigurationProperties("cityhall.feedback")
public record FeedbackSettings(
        @DefaultValue("8h") Duration screeningHours,
        @DefaultValue("4h") Duration urgentHours,
        @DefaultValue("10") int normalDays,
        @DefaultValue("15") int complexDays,
        @DefaultValue("5000") int maxTextLength,
        @DefaultValue("5") int maxPhotos,
        @DefaultValue("5") int maxPerPhone,
        @DefaultValue("60") int maxPerAddress,
        @DefaultValue("1h") Duration limitWindow,
        @DefaultValue("7") int reopenDays,
        @DefaultValue("30d") Duration duplicateWindow) {
}
