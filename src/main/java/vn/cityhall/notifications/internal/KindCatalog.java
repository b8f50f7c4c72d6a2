package vn.cityhall.notifications.internal;

import java.time.Clock;
import java.util.List;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification kinds people choose channels for. The notifications module knows no other module,
 * so the list is what it has seen arrive plus the configured {@code cityhall.notifications.known-kinds}
 * (so the preferences page is useful before the first event of a kind). A kind's label is the message
 * {@code notifications.kind.<kind>}.
 */
@Service
@Transactional(readOnly = true)
public class KindCatalog {

    private final SeenKinds seen;
    private final NotificationSettings settings;
    private final Clock clock;

    KindCatalog(SeenKinds seen, NotificationSettings settings, Clock clock) {
        this.seen = seen;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every kind, sorted. */
    public List<String> all() {
        TreeSet<String> kinds = new TreeSet<>(settings.knownKinds());
        seen.findAll().forEach(kind -> kinds.add(kind.kind()));
        return List.copyOf(kinds);
    }

    public boolean exists(String kind) {
        return settings.knownKinds().contains(kind) || seen.existsById(kind);
    }

    @Transactional
    public void register(String kind) {
        if (!seen.existsById(kind)) {
            seen.save(new SeenKind(kind, clock.instant()));
        }
    }
}
