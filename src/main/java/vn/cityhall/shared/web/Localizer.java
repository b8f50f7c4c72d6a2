package vn.cityhall.shared.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * Resolves message-bundle keys for one request's locale; templates call {@code page.t("key")}.
 * A missing key renders as {@code ??key??}, which the i18n tests catch.
 */
public final class Localizer {

    private final MessageSource messages;
    private final Locale locale;

    public Localizer(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String t(String key, Object... args) {
        return messages.getMessage(key, args, "??" + key + "??", locale);
    }

    public String t(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The language code for {@code <html lang>}: {@code vi} or {@code en}. */
    public String language() {
        return locale.getLanguage();
    }
}
