package vn.cityhall.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.cityhall.DatabaseTest;
import vn.cityhall.audit.AuditOutcome;
import vn.cityhall.audit.AuditTrail;
import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.CityZone;

/** The search page: filters, paging, htmx partial, invalid input, and who may see it. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@WithUserDetails("admin")
class AuditSearchPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail trail;

    String type;
    long login;
    long denied;
    long changed;

    @BeforeEach
    void record() {
        type = "Probe" + UUID.randomUUID().toString().substring(0, 8);
        login = trail.record(new AuditActor("Lan.Nguyen", 12L, "203.0.113.5"), "test.login.checked", type, "A-1",
                "Đăng nhập từ máy lạ", AuditOutcome.FAILURE);
        denied = trail.record(new AuditActor("minh", 13L, "203.0.113.6"), "test.access.refused", type, "A-2",
                "requires ROLE_SYSTEM_ADMIN", AuditOutcome.DENIED);
        changed = trail.record(new AuditActor("lan.nguyen", 12L, null), "test.unit.changed", type, "A-1",
                "tên mới 100% đúng", AuditOutcome.SUCCESS);
    }

    @Test
    void showsTheEntriesNewestFirstWithTimesInTheCityZone() throws Exception {
        Document page = page(get("/admin/audit").param("targetType", type), "audit/search");

        assertThat(sequences(page)).containsExactly(changed, denied, login);
        Element row = rowOf(page, login);
        assertThat(row.text()).contains("Lan.Nguyen", "203.0.113.5", "test.login.checked", type, "A-1",
                "Thất bại", "Đăng nhập từ máy lạ");
        String time = row.selectFirst("time").text();
        assertThat(time).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");
        Instant instant = Instant.parse(row.selectFirst("time").attr("datetime"));
        assertThat(time).isEqualTo(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
                .withZone(CityZone.ID).format(instant));
        assertThat(page.text()).contains("Tìm thấy 3 bản ghi");
    }

    @Test
    void filtersByActorIgnoringCase() throws Exception {
        Document page = page(get("/admin/audit").param("targetType", type).param("actor", "LAN.NGUYEN"),
                "audit/search");
        assertThat(sequences(page)).containsExactly(changed, login);
    }

    @Test
    void filtersByActionPrefixOutcomeTargetAndText() throws Exception {
        assertThat(sequences(page(get("/admin/audit").param("targetType", type).param("action", "test.access"),
                "audit/search"))).containsExactly(denied);
        assertThat(sequences(page(get("/admin/audit").param("targetType", type).param("outcome", "SUCCESS"),
                "audit/search"))).containsExactly(changed);
        assertThat(sequences(page(get("/admin/audit").param("targetType", type).param("targetId", "A-1"),
                "audit/search"))).containsExactly(changed, login);
        assertThat(sequences(page(get("/admin/audit").param("targetType", type).param("text", "MÁY LẠ"),
                "audit/search"))).containsExactly(login);
        // % and _ are searched literally, not as wildcards
        assertThat(sequences(page(get("/admin/audit").param("targetType", type).param("text", "100%"),
                "audit/search"))).containsExactly(changed);
        assertThat(sequences(page(get("/admin/audit").param("targetType", type).param("text", "1_0"),
                "audit/search"))).isEmpty();
    }

    @Test
    void filtersByDaysInTheCityZoneInEitherDateFormat() throws Exception {
        Document page = page(get("/admin/audit").param("targetType", type), "audit/search");
        LocalDate day = Instant.parse(rowOf(page, login).selectFirst("time").attr("datetime"))
                .atZone(CityZone.ID).toLocalDate();
        String typed = "%02d/%02d/%d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear());

        assertThat(sequences(page(get("/admin/audit").param("targetType", type).param("from", day.toString())
                .param("to", day.toString()), "audit/search"))).containsExactly(changed, denied, login);
        assertThat(sequences(page(get("/admin/audit").param("targetType", type).param("from", typed)
                .param("to", typed), "audit/search"))).containsExactly(changed, denied, login);
        assertThat(sequences(page(get("/admin/audit").param("targetType", type)
                .param("from", day.plusDays(1).toString()), "audit/search"))).isEmpty();
        assertThat(sequences(page(get("/admin/audit").param("targetType", type)
                .param("to", day.minusDays(1).toString()), "audit/search"))).isEmpty();
    }

    @Test
    void anHtmxRequestGetsOnlyTheResults() throws Exception {
        Document partial = page(get("/admin/audit").param("targetType", type).param("outcome", "DENIED")
                .header("HX-Request", "true"), "audit/results");
        assertThat(partial.selectFirst("header")).isNull();
        assertThat(partial.selectFirst("section#audit-results")).isNotNull();
        assertThat(sequences(partial)).containsExactly(denied);
    }

    @Test
    void anImpossibleDateIsExplainedAndNothingIsSearched() throws Exception {
        Document page = page(get("/admin/audit").param("targetType", type).param("from", "31/02/2026"),
                "audit/search");
        assertThat(page.selectFirst("#form-errors").text()).contains("Ngày không hợp lệ");
        assertThat(page.selectFirst("#field-from").hasClass("is-invalid")).isTrue();
        assertThat(page.selectFirst("#field-from").val()).isEqualTo("31/02/2026");
        assertThat(page.select("table")).isEmpty();
    }

    @Test
    void aReversedDateRangeIsExplained() throws Exception {
        Document page = page(get("/admin/audit").param("from", "2026-03-02").param("to", "2026-03-01"),
                "audit/search");
        assertThat(page.selectFirst("#error-to").text()).contains("“Đến ngày” đang trước “Từ ngày”");
        assertThat(page.select("table")).isEmpty();
    }

    @Test
    void anUnknownOutcomeIsExplained() throws Exception {
        Document page = page(get("/admin/audit").param("outcome", "MAYBE"), "audit/search");
        assertThat(page.selectFirst("#error-outcome").text()).contains("Kết quả không hợp lệ");
    }

    @Test
    void nothingFoundShowsAnEmptyState() throws Exception {
        Document page = page(get("/admin/audit").param("targetType", type).param("actor", "nobody"), "audit/search");
        assertThat(page.text()).contains("Không có bản ghi phù hợp");
    }

    @Test
    void pagesKeepTheFilters() throws Exception {
        List<Long> many = new ArrayList<>();
        String bulk = type + "-bulk";
        for (int i = 0; i < 53; i++) {
            many.add(trail.record(AuditActor.system(), "test.bulk.added", bulk, String.valueOf(i), "Hồ sơ " + i,
                    AuditOutcome.SUCCESS));
        }
        Document first = page(get("/admin/audit").param("targetType", bulk).param("text", "Hồ sơ"), "audit/search");
        assertThat(sequences(first)).hasSize(50).first().isEqualTo(many.get(52));
        String next = first.select("a.page-link").last().attr("href");
        assertThat(next).startsWith("/admin/audit?").contains("targetType=" + bulk).contains("page=1")
                .contains("text=H%E1%BB%93%20s%C6%A1");

        Document second = page(get(URI.create(next)), "audit/search");
        assertThat(sequences(second)).containsExactly(many.get(2), many.get(1), many.get(0));
        Document beyond = page(get("/admin/audit").param("targetType", bulk).param("page", "99"), "audit/search");
        assertThat(sequences(beyond)).as("past the end shows the last page").containsExactly(many.get(2),
                many.get(1), many.get(0));
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        Document page = page(get("/admin/audit").param("targetType", type).param("lang", "en"), "audit/search");
        assertThat(page.text()).contains("Audit log", "3 entries found, newest first", "Denied", "Failed");
    }

    @Test
    void showsOneEntryInFullWithItsHashes() throws Exception {
        Document page = page(get("/admin/audit/entries/" + denied), "audit/entry");
        assertThat(page.text()).contains("Bản ghi nhật ký số " + denied, "minh", "203.0.113.6", "test.access.refused",
                "requires ROLE_SYSTEM_ADMIN", "Bị từ chối");
        assertThat(page.select("code.audit-hash")).hasSize(2)
                .allSatisfy(code -> assertThat(code.text()).matches("[0-9a-f]{64}"));
    }

    @Test
    void anUnknownEntryIsNotFound() throws Exception {
        mvc.perform(get("/admin/audit/entries/999999999")).andExpect(status().isNotFound());
    }

    @Test
    void theNavigationOffersTheAuditLogToAdministrators() throws Exception {
        Document home = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        assertThat(home.select("nav#app-nav a[href=/admin/audit]")).hasSize(1);
    }

    @Test
    @WithUserDetails("chutich")
    void otherStaffAreRefusedAndDoNotSeeTheMenuEntry() throws Exception {
        mvc.perform(get("/admin/audit")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit/entries/" + login)).andExpect(status().isForbidden());
        Document home = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
        assertThat(home.select("a[href=/admin/audit]")).isEmpty();
    }

    private Document page(MockHttpServletRequestBuilder request, String viewName) throws Exception {
        String html = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(view().name(viewName))
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private static List<Long> sequences(Document page) {
        return page.select("#audit-results tbody tr td:first-child a").stream()
                .map(link -> Long.parseLong(link.text()))
                .toList();
    }

    private static Element rowOf(Document page, long sequence) {
        return page.select("#audit-results tbody tr").stream()
                .filter(row -> row.selectFirst("td a").text().equals(String.valueOf(sequence)))
                .findFirst().orElseThrow();
    }
}
