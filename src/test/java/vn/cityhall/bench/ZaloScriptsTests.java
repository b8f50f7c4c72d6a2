package vn.cityhall.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import vn.cityhall.feedback.PhoneNumbers;
import vn.cityhall.zalo.webhook.ZaloSignature;

class ZaloScriptsTests {

    private final ZaloScripts scripts = new ZaloScripts(List.of(new ZaloScripts.Category("HA_TANG", true),
            new ZaloScripts.Category("GIAO_THONG", false), new ZaloScripts.Category("MOI_TRUONG", false)),
            List.of(new ZaloScripts.Commune("Phường Hoàn Kiếm", true), new ZaloScripts.Commune("Xã Sóc Sơn", false)));

    @Test
    void everyScriptWalksTheConversationFromFollowToConfirmation() {
        SplittableRandom random = new SplittableRandom(3);
        int located = 0;
        int shared = 0;
        Set<String> categoryAnswers = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            List<ZaloScripts.Step> steps = scripts.script(random, 12_345_600L + i);
            assertThat(steps.get(0).kind()).isEqualTo(ZaloScripts.Kind.FOLLOW);
            assertThat(steps.get(1).text()).as("the menu's first entry: send feedback").isEqualTo("1");
            assertThat(steps.get(steps.size() - 1).kind()).isEqualTo(ZaloScripts.Kind.CONFIRM);
            assertThat(steps.get(steps.size() - 1).text()).isIn("1", "Xác nhận");
            assertThat(steps.get(steps.size() - 2).text()).isIn("1", "2", "Có", "Đồng ý", "Không");
            int at = 2;
            if (steps.get(at).kind() == ZaloScripts.Kind.LOCATION) {
                located++;
                assertThat(steps.get(at).latitude()).isBetween(21.0, 21.1);
                assertThat(steps.get(at).longitude()).isBetween(105.78, 105.88);
                at++;
            }
            assertThat(steps.get(at).text()).as("the description").hasSizeGreaterThan(30).contains("Tại ");
            categoryAnswers.add(steps.get(at + 1).text());
            String expectedPhone = "0912%06d".formatted(345_600 + i);
            if (steps.get(at + 2).kind() == ZaloScripts.Kind.SHARE_INFO) {
                shared++;
                assertThat(PhoneNumbers.normalize(steps.get(at + 2).phone())).contains(expectedPhone);
                assertThat(steps).hasSize(at + 5);
            } else {
                assertThat(steps.get(at + 2).text()).matches("\\p{L}+( \\p{L}+)+");
                assertThat(PhoneNumbers.normalize(steps.get(at + 3).text())).contains(expectedPhone);
                assertThat(steps).hasSize(at + 6);
            }
        }
        assertThat(categoryAnswers).as("0 for the category that needs a photo, else its place in the list")
                .containsExactlyInAnyOrder("0", "2", "3");
        assertThat(located).isBetween(100, 200);
        assertThat(shared).isBetween(60, 140);
    }

    @Test
    void aCitizenStampsEachMessageLaterThanTheLastAndMarksTheConfirmation() {
        List<ZaloScripts.Step> steps = scripts.script(new SplittableRandom(5), 1L);
        ZaloCitizen citizen = new ZaloCitizen("9000010000000000001", steps);
        ZaloWire wire = new ZaloWire("1", "2", "key");
        List<String> msgIds = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        long previous = 0;
        List<ZaloWire.Event> events = new ArrayList<>();
        while (!citizen.done()) {
            ZaloWire.Event event = citizen.next(wire, () -> {
                msgIds.add("m" + msgIds.size());
                return msgIds.get(msgIds.size() - 1);
            }, 1_000L);
            long ts = Long.parseLong(json.readTree(event.body()).get("timestamp").asString());
            assertThat(ts).isGreaterThan(previous);
            assertThat(ZaloSignature.matches(event.signature(), "1", event.body(), Long.toString(ts), "key")).isTrue();
            previous = ts;
            events.add(event);
        }
        assertThat(events).hasSize(steps.size());
        assertThat(events.stream().filter(ZaloWire.Event::confirms)).singleElement()
                .isSameAs(events.get(events.size() - 1));
        assertThat(events.stream().map(ZaloWire.Event::dedupKey).distinct()).hasSize(steps.size());
        assertThatThrownBy(() -> citizen.next(wire, () -> "x", 2_000L)).isInstanceOf(IllegalStateException.class);
    }
}
