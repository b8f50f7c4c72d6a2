package vn.cityhall.notifications.internal;

import java.util.List;
import java.util.regex.Pattern;

import vn.cityhall.shared.Notifiable;

/**
 * What is delivered for one {@link Notifiable} event, checked and normalized once: the same for every
 * recipient and channel.
 */
public record Delivery(String kind, String titleKey, List<String> titleArguments, String link, boolean urgent,
        String dedupKey) {

    /** Kinds are {@code module.what}: letters, digits, dots, dashes and underscores. */
    static final Pattern KIND = Pattern.compile("[a-z][A-Za-z0-9_.-]{0,99}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,200}");
    private static final int MAX_DEDUP_LENGTH = 300;

    /** The delivery for an event; refuses an event whose kind or title key cannot be used. */
    public static Delivery of(Notifiable event) {
        String kind = event.notificationKind();
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("Not a notification kind: " + kind);
        }
        if (event.titleKey() == null || !KEY.matcher(event.titleKey()).matches()) {
            throw new IllegalArgumentException("Not a message key: " + event.titleKey());
        }
        List<String> arguments = TitleArguments.normalize(event.titleArguments());
        String dedup = event.deduplicationKey();
        if (dedup == null || dedup.isBlank()) {
            // A stable stand-in, so that a redelivered event still finds its first delivery.
            dedup = kind + ":" + event.titleKey() + ":" + arguments.hashCode() + ":" + event.link();
        }
        if (dedup.length() > MAX_DEDUP_LENGTH) {
            dedup = dedup.substring(0, MAX_DEDUP_LENGTH - 12) + "#" + Integer.toHexString(dedup.hashCode());
        }
        return new Delivery(kind, event.titleKey(), arguments, LocalLinks.localOrNull(event.link()), event.urgent(),
                dedup);
    }
}
