package vn.cityhall.zalo.conversation;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The conversation's texts ({@code i18n/zaloconversation.properties}): citizens are answered in Vietnamese,
 * whatever the server's locale. The feedback module's field errors come from its own bundle.
 */
@Component
class ConversationTexts {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    ConversationTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The text of {@code zaloconversation.<key>}. */
    String t(String key, Object... arguments) {
        return raw("zaloconversation." + key, arguments);
    }

    /** Any bundle's text by its full key. */
    String raw(String fullKey, Object... arguments) {
        return messages.getMessage(fullKey, arguments.length == 0 ? null : arguments, VIETNAMESE);
    }
}
