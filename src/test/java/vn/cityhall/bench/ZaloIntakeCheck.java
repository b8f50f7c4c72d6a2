package vn.cityhall.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the run's events must have left in the database once processed: every event CityHall answered 200 stored,
 * once, and nothing else; none failed or still pending; one feedback item per citizen whose confirmation was
 * accepted, and no other.
 */
final class ZaloIntakeCheck {

    /** The run's rows in {@code zalo_inbound_event}: rows per dedup key, rows per status, msg_ids stored twice. */
    record Stored(Map<String, Integer> rowsByKey, Map<String, Long> rowsByStatus, long repeatedMsgIds) {
    }

    /** The run's feedback items: per user through {@code zalo_feedback_link}; all Zalo items since the run began. */
    record Items(Map<String, Integer> perUser, long zaloItemsSinceStart) {
    }

    /** One check: what it checks, what was expected and found, whether it holds. */
    record Check(String what, String expected, String found, boolean ok) {

        String line() {
            return "%-4s %-58s expected %-14s found %s".formatted(ok ? "OK" : "FAIL", what, expected, found);
        }
    }

    private ZaloIntakeCheck() {
    }

    static List<Check> verdict(ZaloLedger ledger, Stored stored, Items items) {
        return verdict(ledger.sent(), ledger.accepted(), ledger.confirmed(), stored, items);
    }

    static List<Check> verdict(Set<String> sent, Set<String> accepted, Set<String> confirmed, Stored stored,
            Items items) {
        List<Check> checks = new ArrayList<>();
        Set<String> lost = new HashSet<>(accepted);
        lost.removeAll(stored.rowsByKey().keySet());
        checks.add(new Check("events answered 200 and stored (no event lost)", count(accepted.size()),
                count(accepted.size() - lost.size()) + missing(lost), lost.isEmpty()));
        Set<String> unknown = new HashSet<>(stored.rowsByKey().keySet());
        unknown.removeAll(sent);
        checks.add(new Check("stored events the driver never sent", count(0), count(unknown.size()) + missing(unknown),
                unknown.isEmpty()));
        long rows = stored.rowsByKey().values().stream().mapToLong(Integer::longValue).sum();
        checks.add(new Check("rows per distinct event (no duplicate row)", count(stored.rowsByKey().size()) + " rows",
                "%,d rows, %,d msg_ids twice".formatted(rows, stored.repeatedMsgIds()),
                rows == stored.rowsByKey().size() && stored.repeatedMsgIds() == 0));
        long failed = stored.rowsByStatus().getOrDefault("FAILED", 0L);
        long pending = stored.rowsByStatus().getOrDefault("PENDING", 0L);
        checks.add(new Check("events FAILED or still PENDING", count(0), "%,d FAILED, %,d PENDING (%s)".formatted(
                failed, pending, statuses(stored.rowsByStatus())), failed == 0 && pending == 0));
        long itemCount = items.perUser().values().stream().mapToLong(Integer::longValue).sum();
        Set<String> twice = items.perUser().entrySet().stream().filter(entry -> entry.getValue() > 1)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Set<String> without = new HashSet<>(confirmed);
        without.removeAll(items.perUser().keySet());
        Set<String> unasked = new HashSet<>(items.perUser().keySet());
        unasked.removeAll(confirmed);
        checks.add(new Check("feedback items of confirmed conversations", count(confirmed.size()),
                "%,d items; %,d citizens with several, %,d confirmed without, %,d never confirmed with one".formatted(
                        itemCount, twice.size(), without.size(), unasked.size()),
                itemCount == confirmed.size() && twice.isEmpty() && without.isEmpty() && unasked.isEmpty()));
        checks.add(new Check("Zalo items received since the run began", count(confirmed.size()),
                count(items.zaloItemsSinceStart()), items.zaloItemsSinceStart() == confirmed.size()));
        return checks;
    }

    private static String count(long value) {
        return "%,d".formatted(value);
    }

    private static String missing(Set<String> keys) {
        return keys.isEmpty() ? "" : " (e.g. " + keys.stream().sorted().limit(3).collect(Collectors.joining(", ")) + ")";
    }

    private static String statuses(Map<String, Long> rowsByStatus) {
        return rowsByStatus.entrySet().stream().map(entry -> entry.getKey() + " " + count(entry.getValue()))
                .collect(Collectors.joining(", "));
    }
}
