package vn.cityhall.notifications.email;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import vn.cityhall.notifications.internal.NotificationSettings;
import vn.cityhall.shared.web.Localizer;

/**
 * Renders a notification e-mail: the subject is the Vietnamese title, the body gives it with the
 * English title below and the absolute link, as plain text and as simple HTML (template
 * {@code notifications/email.jte}). Staff have no stored language, so both languages are given.
 */
@Component
class EmailComposer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;
    private final TemplateEngine templates;
    private final NotificationSettings settings;

    EmailComposer(MessageSource messages, TemplateEngine templates, NotificationSettings settings) {
        this.messages = messages;
        this.templates = templates;
        this.settings = settings;
    }

    record Composed(String subject, String text, String html) {
    }

    Composed compose(OutboxEmail email) {
        Localizer vi = new Localizer(messages, VIETNAMESE);
        Localizer en = new Localizer(messages, Locale.ENGLISH);
        Object[] arguments = email.titleArguments().toArray();
        String title = vi.t(email.titleKey(), arguments);
        String titleEnglish = en.t(email.titleKey(), arguments);
        String link = settings.baseUrl() + (email.notificationId() != null
                ? "/notifications/" + email.notificationId() + "/open"
                : email.link() != null ? email.link() : "/notifications");
        String preferences = settings.baseUrl() + "/notifications/preferences";
        String text = title + "\n\n"
                + vi.t("notifications.email.open") + ": " + link + "\n\n"
                + "-- \n"
                + titleEnglish + "\n"
                + en.t("notifications.email.open") + ": " + link + "\n\n"
                + vi.t("notifications.email.footer") + " " + preferences + "\n"
                + en.t("notifications.email.footer") + " " + preferences + "\n";
        StringOutput html = new StringOutput();
        templates.render("notifications/email.jte",
                Map.of("email", new EmailContent(title, titleEnglish, link, preferences, vi, en)), html);
        return new Composed(title.replaceAll("\\s+", " ").strip(), text, html.toString());
    }
}
