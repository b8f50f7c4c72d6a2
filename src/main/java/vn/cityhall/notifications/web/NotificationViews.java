package vn.cityhall.notifications.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.cityhall.notifications.internal.Notification;
import vn.cityhall.shared.CityZone;
import vn.cityhall.shared.web.Localizer;

/** Turns notifications into rows in the viewer's language, with times in the city's zone. */
@Component
class NotificationViews {

    static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(CityZone.ID);

    private final MessageSource messages;
    private final Clock clock;

    NotificationViews(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    Localizer i18n(Locale locale) {
        return new Localizer(messages, locale);
    }

    NotificationRow row(Notification notification, Localizer i18n) {
        Instant created = notification.createdAt();
        return new NotificationRow(notification.id(), i18n.t(notification.titleKey(), notification.titleArguments().toArray()),
                kindLabel(notification.kind(), i18n), notification.isRead(), notification.urgent(),
                relative(created, i18n), EXACT.format(created), created.toString());
    }

    /** The label of a kind, {@code notifications.kind.<kind>}; the kind itself when no bundle names it. */
    String kindLabel(String kind, Localizer i18n) {
        String key = "notifications.kind." + kind;
        String label = messages.getMessage(key, null, null, i18n.locale());
        return label == null ? kind : label;
    }

    String relative(Instant instant, Localizer i18n) {
        Duration age = Duration.between(instant, clock.instant());
        if (age.toMinutes() < 1) {
            return i18n.t("notifications.time.justNow");
        }
        if (age.toHours() < 1) {
            return i18n.t("notifications.time.minutes", age.toMinutes());
        }
        if (age.toDays() < 1) {
            return i18n.t("notifications.time.hours", age.toHours());
        }
        return EXACT.format(instant);
    }
}
