package vn.cityhall.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import vn.cityhall.feedback.PhoneNumbers;

class IntakeRequestsTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void bodiesAreValidRequestsWithAPhoneNumberEach() {
        IntakeRequests requests = new IntakeRequests(List.of("00070\tPhường Hoàn Kiếm", "10105\tXã Sóc Sơn"),
                List.of("HA_TANG", "GIAO_THONG", "MOI_TRUONG"), List.of("GIAO_THONG", "MOI_TRUONG"), 99_999_990L);
        SplittableRandom random = new SplittableRandom(1);
        Set<String> phones = new HashSet<>();
        int withoutCategory = 0;
        for (int i = 0; i < 200; i++) {
            Map<?, ?> body = json.readValue(requests.next(random), Map.class);
            assertThat((String) body.get("text")).hasSizeGreaterThan(20);
            assertThat(body.get("communeCode")).isIn("00070", "10105");
            assertThat(body.get("categoryCode")).as("never one that needs a photo").isIn("GIAO_THONG", "MOI_TRUONG", null);
            withoutCategory += body.get("categoryCode") == null ? 1 : 0;
            assertThat(body.get("consentProcessing")).isEqualTo(true);
            String phone = (String) body.get("senderPhone");
            assertThat(PhoneNumbers.normalize(phone)).contains(phone);
            phones.add(phone);
        }
        assertThat(phones).as("numbers wrap round, never repeat within a run").hasSize(200);
        assertThat(withoutCategory).as("texts of every category, as generated").isBetween(40, 120);
    }
}
