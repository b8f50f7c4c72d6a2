package vn.cityhall.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.cityhall.audit.AuditOutcome;
import vn.cityhall.audit.AuditQuery;

class AuditFilterFormTests {

    private static AuditFilterForm dates(String from, String to) {
        return new AuditFilterForm(null, null, null, null, null, from, to, null, null);
    }

    @Test
    void acceptsDatesFromADatePickerOrTypedDayFirst() {
        AuditQuery query = dates("2026-02-01", "28/2/2026").toQuery();
        assertThat(dates("2026-02-01", "28/2/2026").problems()).isEmpty();
        assertThat(query.from()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(query.to()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void refusesImpossibleAndReversedDates() {
        assertThat(dates("30/02/2026", null).problems()).containsEntry("from", "audit.search.date.invalid");
        assertThat(dates(null, "hôm qua").problems()).containsEntry("to", "audit.search.date.invalid");
        assertThat(dates("2026-03-02", "2026-03-01").problems()).containsEntry("to", "audit.search.range.invalid");
    }

    @Test
    void acceptsOnlyKnownOutcomes() {
        AuditFilterForm denied = new AuditFilterForm(null, null, null, null, "DENIED", null, null, null, null);
        assertThat(denied.toQuery().outcome()).isEqualTo(AuditOutcome.DENIED);
        AuditFilterForm unknown = new AuditFilterForm(null, null, null, null, "denied", null, null, null, null);
        assertThat(unknown.problems()).containsEntry("outcome", "audit.search.outcome.invalid");
    }

    @Test
    void readsThePageNumberLeniently() {
        assertThat(new AuditFilterForm(null, null, null, null, null, null, null, null, "3").pageNumber()).isEqualTo(3);
        assertThat(new AuditFilterForm(null, null, null, null, null, null, null, null, "-1").pageNumber()).isZero();
        assertThat(new AuditFilterForm(null, null, null, null, null, null, null, null, "x").pageNumber()).isZero();
    }

    @Test
    void pageLinksCarryTheFiltersEncoded() {
        AuditFilterForm form = new AuditFilterForm(" lan ", "security.", "", null, "FAILURE", null, null, "a&b=c", "4");
        assertThat(form.pageLinkPrefix())
                .isEqualTo("/admin/audit?actor=lan&action=security.&outcome=FAILURE&text=a%26b%3Dc&page=");
        assertThat(new AuditFilterForm(null, null, null, null, null, null, null, null, null).pageLinkPrefix())
                .isEqualTo("/admin/audit?page=");
    }
}
