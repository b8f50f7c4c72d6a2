package vn.cityhall.notifications.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings, {@code cityhall.notifications.*}. The SMTP server itself is configured with
 * Spring Boot's standard {@code spring.mail.*} settings.
 *
 * @param emailEnabled whether notifications are also sent by e-mail (needs {@code spring.mail.host})
 * @param from the sender address of notification e-mails
 * @param baseUrl the address staff open CityHall at, for absolute links in e-mails
 * @param knownKinds kinds shown on the preferences page before any event of them has arrived
 * @param emailKinds kinds sent by e-mail unless a person turned it off (the others only on request)
 * @param emailMaxAttempts attempts to send one e-mail before it is marked failed
 * @param emailRetryDelay wait after the first failed attempt, doubled after each further one
 * @param emailBatchSize e-mails sent per run of the sender job
 * @param emailPollInterval pause between runs of the sender job
 * @param streamTimeout how long one live-update stream stays open before the browser reconnects;
 *        keep it no longer than the session timeout, so that an idle open tab cannot keep a session alive
 * @param heartbeat interval of the keep-alive comment on open streams, shorter than proxies' idle timeouts
 * @param maxStreamsPerPerson open streams (tabs) per person; the oldest is closed beyond it
 * @param pageSize notifications per page of the list
 */
@ConfigurationProperties("cityhall.notifications")
public record NotificationSettings(
        @DefaultValue("false") boolean emailEnabled,
        @DefaultValue("cityhall@localhost") String from,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue({"tasks.assigned", "tasks.delegated", "tasks.dueSoon", "tasks.dueToday", "tasks.overdue",
                "tasks.escalated", "tasks.extensionRequested", "tasks.extensionDecided", "tasks.completed"})
        List<String> knownKinds,
        @DefaultValue({"tasks.overdue", "tasks.escalated"}) List<String> emailKinds,
        @DefaultValue("8") int emailMaxAttempts,
        @DefaultValue("1m") Duration emailRetryDelay,
        @DefaultValue("50") int emailBatchSize,
        @DefaultValue("30s") Duration emailPollInterval,
        @DefaultValue("30m") Duration streamTimeout,
        @DefaultValue("25s") Duration heartbeat,
        @DefaultValue("10") int maxStreamsPerPerson,
        @DefaultValue("20") int pageSize) {

    public NotificationSettings {
        knownKinds = List.copyOf(knownKinds);
        emailKinds = List.copyOf(emailKinds);
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
            throw new IllegalArgumentException("cityhall.notifications.base-url must start with http:// or https://: "
                    + baseUrl);
        }
        if (emailMaxAttempts < 1 || emailBatchSize < 1 || maxStreamsPerPerson < 1) {
            throw new IllegalArgumentException(
                    "cityhall.notifications.email-max-attempts, email-batch-size and max-streams-per-person must be positive");
        }
        if (pageSize < 1 || pageSize > 200) {
            throw new IllegalArgumentException("cityhall.notifications.page-size must be between 1 and 200: " + pageSize);
        }
        if (streamTimeout.compareTo(heartbeat) <= 0 || heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException(
                    "cityhall.notifications.stream-timeout must be longer than the (positive) heartbeat");
        }
    }
}
