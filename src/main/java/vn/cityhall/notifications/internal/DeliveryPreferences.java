package vn.cityhall.notifications.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which channels each person wants for each kind. Without a choice of their own: in the app always,
 * by e-mail for the kinds in {@code cityhall.notifications.email-kinds}.
 */
@Service
@Transactional(readOnly = true)
public class DeliveryPreferences {

    private final Preferences preferences;
    private final KindCatalog kinds;
    private final NotificationSettings settings;

    DeliveryPreferences(Preferences preferences, KindCatalog kinds, NotificationSettings settings) {
        this.preferences = preferences;
        this.kinds = kinds;
        this.settings = settings;
    }

    public boolean wants(long personId, String kind, Channel channel) {
        return preferences.findByPersonIdAndKindAndChannel(personId, kind, channel)
                .map(Preference::enabled)
                .orElseGet(() -> byDefault(kind, channel));
    }

    public boolean byDefault(String kind, Channel channel) {
        return channel == Channel.IN_APP || settings.emailKinds().contains(kind);
    }

    /** Every known kind with the person's choice (or the default) per channel, in kind order. */
    public Map<String, Map<Channel, Boolean>> of(long personId) {
        Map<String, Map<Channel, Boolean>> stored = new HashMap<>();
        for (Preference preference : preferences.findByPersonId(personId)) {
            stored.computeIfAbsent(preference.kind(), kind -> new EnumMap<>(Channel.class))
                    .put(preference.channel(), preference.enabled());
        }
        Map<String, Map<Channel, Boolean>> choices = new LinkedHashMap<>();
        for (String kind : kinds.all()) {
            Map<Channel, Boolean> channels = new EnumMap<>(Channel.class);
            for (Channel channel : Channel.values()) {
                channels.put(channel, stored.getOrDefault(kind, Map.of()).getOrDefault(channel, byDefault(kind, channel)));
            }
            choices.put(kind, channels);
        }
        return choices;
    }

    /**
     * Saves the person's choices for the given kinds: a (kind, channel) pair in {@code enabled} is on,
     * every other pair of those kinds off.
     */
    @Transactional
    public void save(long personId, Set<String> kindsShown, Set<Choice> enabled) {
        for (String kind : kindsShown) {
            for (Channel channel : Channel.values()) {
                boolean on = enabled.contains(new Choice(kind, channel));
                preferences.findByPersonIdAndKindAndChannel(personId, kind, channel).ifPresentOrElse(
                        preference -> preference.choose(on),
                        () -> preferences.save(new Preference(personId, kind, channel, on)));
            }
        }
    }

    /** One kind on one channel. */
    public record Choice(String kind, Channel channel) {
    }
}
