package vn.cityhall.zalo.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SendVerdictTests {

    private static ZaloAnswer zalo(int error) {
        return new ZaloAnswer(200, error, null, "{\"error\":" + error + "}");
    }

    @Test
    void readsTheBodysErrorWhateverTheHttpStatus() {
        assertThat(SendVerdict.of(OutboxChannel.CS, new ZaloAnswer(200, 0, "abc", "{}"))).isEqualTo(SendVerdict.ACCEPTED);
        assertThat(SendVerdict.of(OutboxChannel.CS, new ZaloAnswer(200, 0, null, "{}")))
                .as("no message id: not a success").isEqualTo(SendVerdict.PERMANENT);
        assertThat(SendVerdict.of(OutboxChannel.CS, new ZaloAnswer(500, -230, null, "{}")))
                .isEqualTo(SendVerdict.UNREACHABLE);
    }

    @Test
    void classifiesCsErrorsAsTheReferenceDoes() {
        assertThat(SendVerdict.of(OutboxChannel.CS, zalo(-32))).isEqualTo(SendVerdict.RETRY);
        assertThat(SendVerdict.of(OutboxChannel.CS, zalo(-216))).isEqualTo(SendVerdict.REAUTH);
        assertThat(SendVerdict.of(OutboxChannel.CS, zalo(-220))).isEqualTo(SendVerdict.REAUTH);
        for (int window : new int[] {-213, -217, -227, -230, -232, -234, -244}) {
            assertThat(SendVerdict.of(OutboxChannel.CS, zalo(window))).isEqualTo(SendVerdict.UNREACHABLE);
        }
        assertThat(SendVerdict.of(OutboxChannel.CS, zalo(-201))).isEqualTo(SendVerdict.PERMANENT);
        assertThat(SendVerdict.of(OutboxChannel.CS, zalo(-124))).isEqualTo(SendVerdict.PERMANENT);
    }

    @Test
    void retriesTransportFailuresAndServerErrors() {
        assertThat(SendVerdict.of(OutboxChannel.CS, ZaloAnswer.unreachable("HttpTimeoutException")))
                .isEqualTo(SendVerdict.RETRY);
        assertThat(SendVerdict.of(OutboxChannel.CS, new ZaloAnswer(503, null, null, "Service Unavailable")))
                .isEqualTo(SendVerdict.RETRY);
        assertThat(SendVerdict.of(OutboxChannel.CS, new ZaloAnswer(404, null, null, "Not Found")))
                .isEqualTo(SendVerdict.PERMANENT);
    }

    @Test
    void classifiesZnsErrorsByTheirOwnTable() {
        assertThat(SendVerdict.of(OutboxChannel.ZNS, zalo(-124))).isEqualTo(SendVerdict.REAUTH);
        assertThat(SendVerdict.of(OutboxChannel.ZNS, zalo(-100))).isEqualTo(SendVerdict.RETRY);
        assertThat(SendVerdict.of(OutboxChannel.ZNS, zalo(-108))).isEqualTo(SendVerdict.UNREACHABLE);
        assertThat(SendVerdict.of(OutboxChannel.ZNS, zalo(-109))).isEqualTo(SendVerdict.PERMANENT);
    }
}
