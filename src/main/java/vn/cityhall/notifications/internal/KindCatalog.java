package vn.cityhall.notifications.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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

    private final TransactionTemplate transactions;
    /** Kinds known to be stored, so that a busy stream of events does not ask the database every time. */
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    KindCatalog(SeenKinds seen, NotificationSettings settings, Clock clock, TransactionTemplate transactions) {
        this.transactions = transactions;
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

    /** Remembers the kind; a kind registered at the same moment by another delivery is fine. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void register(String kind) {
        if (registered.contains(kind) || seen.existsById(kind)) {
            registered.add(kind);
            return;
        }
        transactions.executeWithoutResult(status -> seen.insertIfAbsent(kind, clock.instant()));
        registered.add(kind);
    }
}
