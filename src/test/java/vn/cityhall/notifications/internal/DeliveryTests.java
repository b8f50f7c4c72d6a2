package vn.cityhall.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.cityhall.shared.Notifiable;

class DeliveryTests {

    record Event(String notificationKind, Set<Long> recipients, String titleKey, List<String> titleArguments, String link,
            String deduplicationKey, boolean urgent) implements Notifiable {
    }

    @Test
    void takesTheEventAsItIs() {
        Delivery delivery = Delivery.of(new Event("tasks.overdue", Set.of(1L), "tasks.notification.overdue",
                List.of("Sở Xây dựng", "12/03/2026"), "/tasks/7", "tasks.reminder:7:OVERDUE", true));
        assertThat(delivery).isEqualTo(new Delivery("tasks.overdue", "tasks.notification.overdue",
                List.of("Sở Xây dựng", "12/03/2026"), "/tasks/7", true, "tasks.reminder:7:OVERDUE"));
    }

    @Test
    void refusesKindsAndKeysThatCannotBeUsed() {
        assertThatIllegalArgumentException().isThrownBy(() -> Delivery.of(event("Tasks Overdue", "k", "d")));
        assertThatIllegalArgumentException().isThrownBy(() -> Delivery.of(event(null, "k", "d")));
        assertThatIllegalArgumentException().isThrownBy(() -> Delivery.of(event("tasks.x", "bad key", "d")));
        assertThatIllegalArgumentException().isThrownBy(() -> Delivery.of(event("tasks.x", null, "d")));
    }

    @Test
    void dropsForeignLinksAndNullArguments() {
        Event event = new Event("tasks.x", Set.of(1L), "k", Arrays.asList("a", null), "https://evil.example", "d", false);
        Delivery delivery = Delivery.of(event);
        assertThat(delivery.link()).isNull();
        assertThat(delivery.titleArguments()).containsExactly("a", "");
    }

    @Test
    void makesAStableKeyWhenTheEventHasNoneAndShortensLongOnes() {
        Delivery first = Delivery.of(event("tasks.x", "k", null));
        Delivery second = Delivery.of(event("tasks.x", "k", " "));
        assertThat(first.dedupKey()).isEqualTo(second.dedupKey()).startsWith("tasks.x:k:");
        String longKey = "x".repeat(400);
        assertThat(Delivery.of(event("tasks.x", "k", longKey)).dedupKey()).hasSizeLessThanOrEqualTo(300)
                .isEqualTo(Delivery.of(event("tasks.x", "k", longKey)).dedupKey())
                .isNotEqualTo(Delivery.of(event("tasks.x", "k", longKey + "y")).dedupKey());
    }

    private static Event event(String kind, String key, String dedup) {
        return new Event(kind, Set.of(1L), key, List.of("a"), "/x", dedup, false);
    }
}
