package vn.cityhall.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ZaloIntakeCheckTests {

    private static final Set<String> SENT = Set.of("follow|1|u1", "user_send_text|a", "user_send_text|b",
            "user_send_text|c");

    @Test
    void everythingStoredOnceAndOneItemPerConfirmationHolds() {
        List<ZaloIntakeCheck.Check> checks = ZaloIntakeCheck.verdict(SENT, SENT, Set.of("u1"),
                stored(Map.of("follow|1|u1", 1, "user_send_text|a", 1, "user_send_text|b", 1, "user_send_text|c", 1),
                        Map.of("PROCESSED", 4L)),
                new ZaloIntakeCheck.Items(Map.of("u1", 1), 1));
        assertThat(checks).hasSize(6).allMatch(ZaloIntakeCheck.Check::ok);
    }

    @Test
    void aLostEventFails() {
        List<ZaloIntakeCheck.Check> checks = ZaloIntakeCheck.verdict(SENT, SENT, Set.of(),
                stored(Map.of("follow|1|u1", 1, "user_send_text|a", 1, "user_send_text|c", 1), Map.of("PROCESSED", 3L)),
                new ZaloIntakeCheck.Items(Map.of(), 0));
        assertThat(failed(checks)).singleElement().asString().contains("no event lost", "user_send_text|b");
    }

    @Test
    void anEventNeverAnswered200MayBeMissing() {
        Set<String> accepted = Set.of("follow|1|u1", "user_send_text|a");
        List<ZaloIntakeCheck.Check> checks = ZaloIntakeCheck.verdict(SENT, accepted, Set.of(),
                stored(Map.of("follow|1|u1", 1, "user_send_text|a", 1), Map.of("PROCESSED", 2L)),
                new ZaloIntakeCheck.Items(Map.of(), 0));
        assertThat(checks).allMatch(ZaloIntakeCheck.Check::ok);
    }

    @Test
    void aDuplicateRowAFailedEventAndAnUnknownEventFail() {
        List<ZaloIntakeCheck.Check> checks = ZaloIntakeCheck.verdict(SENT, SENT, Set.of(),
                new ZaloIntakeCheck.Stored(Map.of("follow|1|u1", 1, "user_send_text|a", 2, "user_send_text|b", 1,
                        "user_send_text|c", 1, "user_send_text|zzz", 1), Map.of("PROCESSED", 5L, "FAILED", 1L), 1),
                new ZaloIntakeCheck.Items(Map.of(), 0));
        assertThat(failed(checks)).hasSize(3).anyMatch(line -> line.contains("never sent"))
                .anyMatch(line -> line.contains("no duplicate row")).anyMatch(line -> line.contains("1 FAILED"));
    }

    @Test
    void aDuplicatedOrMissingFeedbackItemFails() {
        Map<String, Integer> allStored = Map.of("follow|1|u1", 1, "user_send_text|a", 1, "user_send_text|b", 1,
                "user_send_text|c", 1);
        List<ZaloIntakeCheck.Check> twice = ZaloIntakeCheck.verdict(SENT, SENT, Set.of("u1", "u2"),
                stored(allStored, Map.of("PROCESSED", 4L)), new ZaloIntakeCheck.Items(Map.of("u1", 2), 2));
        assertThat(failed(twice)).singleElement().asString().contains("1 citizens with several", "1 confirmed without");
        List<ZaloIntakeCheck.Check> missing = ZaloIntakeCheck.verdict(SENT, SENT, Set.of("u1"),
                stored(allStored, Map.of("PROCESSED", 4L)), new ZaloIntakeCheck.Items(Map.of(), 0));
        assertThat(failed(missing)).hasSize(2);
    }

    private static ZaloIntakeCheck.Stored stored(Map<String, Integer> rows, Map<String, Long> statuses) {
        return new ZaloIntakeCheck.Stored(rows, statuses, 0);
    }

    private static List<String> failed(List<ZaloIntakeCheck.Check> checks) {
        return checks.stream().filter(check -> !check.ok()).map(ZaloIntakeCheck.Check::line).toList();
    }
}
