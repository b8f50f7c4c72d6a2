package vn.cityhall.bench;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the driver sent, to check what CityHall kept: every distinct event (by its dedup key), those answered 200
 * at least once (CityHall then owes them), the deliveries, and the citizens whose confirmation was accepted
 * (each owes one feedback item). Shared by the senders.
 */
final class ZaloLedger {

    private final Set<String> sent = ConcurrentHashMap.newKeySet();
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final Set<String> citizens = ConcurrentHashMap.newKeySet();
    private final Set<String> confirmed = ConcurrentHashMap.newKeySet();
    private final AtomicLong deliveries = new AtomicLong();

    void started(String userId) {
        citizens.add(userId);
    }

    /** One delivery of the event and its answer (-1 when there was none). */
    void delivered(ZaloWire.Event event, int status) {
        deliveries.incrementAndGet();
        sent.add(event.dedupKey());
        if (status == 200) {
            accepted.add(event.dedupKey());
            if (event.confirms()) {
                confirmed.add(event.userId());
            }
        }
    }

    Set<String> sent() {
        return Set.copyOf(sent);
    }

    Set<String> accepted() {
        return Set.copyOf(accepted);
    }

    Set<String> confirmed() {
        return Set.copyOf(confirmed);
    }

    int citizens() {
        return citizens.size();
    }

    long deliveries() {
        return deliveries.get();
    }
}
