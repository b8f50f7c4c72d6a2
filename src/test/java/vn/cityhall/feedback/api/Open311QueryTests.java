package vn.cityhall.feedback.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.cityhall.feedback.FeedbackInvalid.FieldError;

class Open311QueryTests {

    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");

    @Test
    void withoutParametersTheLastNinetyDaysAndAtMostAThousand() {
        Open311Query query = Open311Query.parse(null, "", " ", null, "", null, null, NOW);

        assertThat(query.errors()).isEmpty();
        assertThat(query.filter().from()).isEqualTo(NOW.minus(Duration.ofDays(90)));
        assertThat(query.filter().to()).isEqualTo(NOW);
        assertThat(query.filter().limit()).isEqualTo(1000);
        assertThat(query.filter().offset()).isZero();
        assertThat(query.filter().statuses()).isEmpty();
    }

    @Test
    void aStartDateAloneReachesNinetyDaysOnAndStatusesMapToOurs() {
        Open311Query query = Open311Query.parse(null, "MOI_TRUONG, GIAO_THONG", "2026-01-01T00:00:00+07:00", null,
                "open,closed,open", "3", "50", NOW);

        assertThat(query.errors()).isEmpty();
        assertThat(query.filter().from()).isEqualTo(Instant.parse("2025-12-31T17:00:00Z"));
        assertThat(query.filter().to()).isEqualTo(Instant.parse("2025-12-31T17:00:00Z").plus(Duration.ofDays(90)));
        assertThat(query.filter().categoryCodes()).containsExactly("MOI_TRUONG", "GIAO_THONG");
        assertThat(query.filter().statuses()).containsExactlyInAnyOrder("RECEIVED", "ACCEPTED", "ASSIGNED", "ANSWERED",
                "CLOSED", "REJECTED", "DUPLICATE");
        assertThat(query.filter().limit()).isEqualTo(50);
        assertThat(query.filter().offset()).isEqualTo(100);
    }

    @Test
    void idsOverrideEveryOtherParameter() {
        Open311Query query = Open311Query.parse("pa-2026-000001, PA-2026-000002,", null, null, null, null, "5", "10", NOW);

        assertThat(query.filter().codes()).containsExactly("PA-2026-000001", "PA-2026-000002");
        assertThat(query.filter().offset()).isZero();
        assertThat(query.filter().limit()).isEqualTo(1000);
    }

    @Test
    void everyWrongParameterIsNamed() {
        Open311Query query = Open311Query.parse(null, null, "2026-01-01", "2026-13-01T00:00:00Z", "pending", "0", "x", NOW);

        assertThat(query.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("status", "start_date", "end_date", "page_size", "page");
        assertThat(Open311Query.parse(null, null, "2026-03-01T00:00:00Z", "2026-02-01T00:00:00Z", null, null, null, NOW)
                .errors()).extracting(FieldError::messageKey).containsExactly("feedbackapi.open311.error.dateOrder");
        assertThat(Open311Query.parse(null, null, "2025-01-01T00:00:00Z", "2025-04-02T00:00:00Z", null, null, null, NOW)
                .errors()).extracting(FieldError::messageKey).containsExactly("feedbackapi.open311.error.dateRange");
    }
}
