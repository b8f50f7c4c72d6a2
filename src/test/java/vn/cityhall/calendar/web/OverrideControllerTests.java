package vn.cityhall.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.cityhall.DatabaseTest;
import vn.cityhall.calendar.DayKind;
import vn.cityhall.calendar.DayOverride;
import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.calendar.internal.OverrideManagement;
import vn.cityhall.calendar.web.YearSection.Flash;

/** Adding and removing overrides on the calendar page; every date used here lies in 2041-2044. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class OverrideControllerTests {

    private static final LocalDate TUESDAY = LocalDate.of(2041, 3, 5);
    private static final LocalDate SATURDAY = LocalDate.of(2041, 3, 9);
    private static final LocalDate TAKEN = LocalDate.of(2042, 6, 3);
    private static final LocalDate TO_REMOVE = LocalDate.of(2043, 10, 6);
    private static final LocalDate AUDITED = LocalDate.of(2044, 1, 5);

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    OverrideManagement overrides;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeOverrides() {
        List.of(TUESDAY, SATURDAY, TAKEN, TO_REMOVE, AUDITED).forEach(overrides::remove);
    }

    @Test
    @WithUserDetails("admin")
    void administratorAddsADayOffAndIsRedirectedToItsYear() throws Exception {
        assertThat(calendar.kindOf(TUESDAY)).isEqualTo(DayKind.WORKING);
        mvc.perform(post("/calendar/overrides").with(csrf())
                        .param("date", "2041-03-05").param("kind", "DAY_OFF").param("note", "  TB 15/TB-VPCP ")
                        .param("year", "2026"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/calendar?year=2041"))
                .andExpect(flash().attribute("flash",
                        new Flash("success", "Đã thêm điều chỉnh ngày 05/03/2041: Nghỉ theo thông báo.")));

        assertThat(calendar.kindOf(TUESDAY)).isEqualTo(DayKind.OVERRIDE_OFF);
        assertThat(calendar.dayOf(TUESDAY).note()).isEqualTo("TB 15/TB-VPCP");
        // Mon 4 Mar + 1 working day skips the Tuesday now.
        assertThat(calendar.addWorkingDays(LocalDate.of(2041, 3, 4), 1)).isEqualTo(LocalDate.of(2041, 3, 6));

        Document html = Jsoup.parse(mvc.perform(get("/calendar").param("year", "2041")
                        .flashAttr("flash", new Flash("success", "Đã thêm điều chỉnh ngày 05/03/2041: Nghỉ theo thông báo.")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(html.select("#calendar-year .alert-success").text())
                .isEqualTo("Đã thêm điều chỉnh ngày 05/03/2041: Nghỉ theo thông báo.");
        assertThat(html.getElementById("entry-2041-03-05").text()).contains("Nghỉ theo thông báo", "TB 15/TB-VPCP");
        assertThat(html.select("#entry-2041-03-05 form[action=/calendar/overrides/2041-03-05/delete] button[data-confirm]"))
                .hasSize(1);
    }

    @Test
    @WithUserDetails("admin")
    void administratorMakesASaturdayWorkedWithHtmx() throws Exception {
        MvcResult result = mvc.perform(post("/calendar/overrides").with(csrf()).header("HX-Request", "true")
                        .param("date", "09/03/2041").param("kind", "WORKING_DAY").param("note", "").param("year", "2041"))
                .andExpect(status().isOk())
                .andExpect(view().name("calendar/year"))
                .andExpect(header().string("HX-Push-Url", "/calendar?year=2041"))
                .andReturn();
        String body = result.getResponse().getContentAsString();
        assertThat(body).doesNotContain("<html").contains("Đã thêm điều chỉnh ngày 09/03/2041: Làm việc theo thông báo.");
        Document html = Jsoup.parse(body);
        assertThat(CalendarPageTests.cell(html.getElementById("month-3"), 9).hasClass("cal-override-working")).isTrue();
        assertThat(calendar.kindOf(SATURDAY)).isEqualTo(DayKind.OVERRIDE_WORKING);
        assertThat(calendar.dayOf(SATURDAY).note()).isNull();
    }

    @Test
    @WithUserDetails("admin")
    void rejectsAFormWithoutDateAndChangesNothing() throws Exception {
        Document html = invalid(post("/calendar/overrides").with(csrf()).param("date", " ").param("kind", "DAY_OFF")
                .param("note", "x").param("year", "2041"));
        assertThat(html.select("#field-date.is-invalid")).hasSize(1);
        assertThat(html.getElementById("error-date").text()).isEqualTo("Hãy nhập ngày cần điều chỉnh.");
        assertThat(html.select("#form-errors").text()).contains("Hãy nhập ngày cần điều chỉnh.");
        assertThat(html.select("#calendar-year h2").text()).isEqualTo("Năm 2041");
    }

    @Test
    @WithUserDetails("admin")
    void rejectsDatesThatDoNotExistOrLieOutsideTheCalendar() throws Exception {
        Document impossible = invalid(post("/calendar/overrides").with(csrf()).param("date", "2041-02-30")
                .param("kind", "DAY_OFF"));
        assertThat(impossible.getElementById("error-date").text()).startsWith("Ngày không hợp lệ.");
        Document tooEarly = invalid(post("/calendar/overrides").with(csrf()).param("date", "1899-12-31")
                .param("kind", "DAY_OFF"));
        assertThat(tooEarly.getElementById("error-date").text())
                .isEqualTo("Lịch chỉ hỗ trợ các năm từ 1900 đến 2100. Hãy chọn một ngày trong khoảng này.");
        assertThat(overrides.remove(LocalDate.of(1899, 12, 31))).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void rejectsAnUnknownKindAndATooLongNote() throws Exception {
        Document html = invalid(post("/calendar/overrides").with(csrf()).param("date", "2041-03-05")
                .param("kind", "HOLIDAY").param("note", "n".repeat(256)));
        assertThat(html.getElementById("error-kind").text())
                .isEqualTo("Loại điều chỉnh không hợp lệ. Hãy chọn nghỉ hoặc làm việc.");
        assertThat(html.getElementById("error-note").text()).isEqualTo("Ghi chú dài hơn 255 ký tự. Hãy rút gọn ghi chú.");
        assertThat(html.select("#field-date").attr("value")).isEqualTo("2041-03-05");
        assertThat(calendar.kindOf(TUESDAY)).isEqualTo(DayKind.WORKING);
    }

    @Test
    @WithUserDetails("admin")
    void rejectsASecondOverrideForTheSameDate() throws Exception {
        overrides.add(DayOverride.dayOff(TAKEN, "first"));
        Document html = invalid(post("/calendar/overrides").with(csrf()).param("date", "2042-06-03")
                .param("kind", "WORKING_DAY").param("note", "second").param("year", "2042"));
        assertThat(html.getElementById("error-date").text()).isEqualTo(
                "Ngày 03/06/2042 đã có điều chỉnh. Nếu muốn thay đổi, hãy xóa điều chỉnh đó trong danh sách rồi thêm lại.");
        assertThat(calendar.kindOf(TAKEN)).isEqualTo(DayKind.OVERRIDE_OFF);
        assertThat(calendar.dayOf(TAKEN).note()).isEqualTo("first");
    }

    @Test
    @WithUserDetails("admin")
    void showsErrorsInTheYearPartForHtmx() throws Exception {
        String body = mvc.perform(post("/calendar/overrides").with(csrf()).header("HX-Request", "true")
                        .param("date", "").param("kind", "DAY_OFF").param("year", "2041"))
                .andExpect(status().isOk())
                .andExpect(view().name("calendar/year"))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(body).getElementById("error-date").text()).isEqualTo("Hãy nhập ngày cần điều chỉnh.");
    }

    @Test
    @WithUserDetails("admin")
    void administratorRemovesAnOverride() throws Exception {
        overrides.add(DayOverride.dayOff(TO_REMOVE, null));
        mvc.perform(post("/calendar/overrides/2043-10-06/delete").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/calendar?year=2043"))
                .andExpect(flash().attribute("flash", new Flash("success",
                        "Đã xóa điều chỉnh ngày 06/10/2043; ngày này trở lại theo quy định chung.")));
        assertThat(calendar.kindOf(TO_REMOVE)).isEqualTo(DayKind.WORKING);
    }

    @Test
    @WithUserDetails("admin")
    void administratorRemovesAnOverrideWithHtmx() throws Exception {
        overrides.add(DayOverride.workingDay(TO_REMOVE, null));
        String body = mvc.perform(post("/calendar/overrides/2043-10-06/delete").with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name("calendar/year"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("Đã xóa điều chỉnh ngày 06/10/2043").doesNotContain("entry-2043-10-06");
    }

    @Test
    @WithUserDetails("admin")
    void saysSoWhenThereIsNothingToRemove() throws Exception {
        mvc.perform(post("/calendar/overrides/2043-10-07/delete").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", new Flash("warning",
                        "Ngày 07/10/2043 không có điều chỉnh nào (có thể đã được xóa). Không có gì thay đổi.")));
        mvc.perform(post("/calendar/overrides/not-a-date/delete").with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    @WithUserDetails("vanthu")
    void refusesStaffWhoAreNotAdministrators() throws Exception {
        overrides.add(DayOverride.dayOff(TO_REMOVE, "kept"));
        mvc.perform(post("/calendar/overrides").with(csrf()).param("date", "2041-03-05").param("kind", "DAY_OFF"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/calendar/overrides/2043-10-06/delete").with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(calendar.kindOf(TUESDAY)).isEqualTo(DayKind.WORKING);
        assertThat(calendar.kindOf(TO_REMOVE)).isEqualTo(DayKind.OVERRIDE_OFF);
    }

    @Test
    @WithUserDetails("admin")
    void refusesAFormWithoutCsrfToken() throws Exception {
        mvc.perform(post("/calendar/overrides").param("date", "2041-03-05").param("kind", "DAY_OFF"))
                .andExpect(status().isForbidden());
        assertThat(calendar.kindOf(TUESDAY)).isEqualTo(DayKind.WORKING);
    }

    @Test
    @WithUserDetails("admin")
    void theAuditTrailRecordsWhoAddedAndRemovedAnOverride() throws Exception {
        mvc.perform(post("/calendar/overrides").with(csrf()).param("date", "2044-01-05").param("kind", "DAY_OFF")
                .param("note", "TB 2/TB")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/calendar/overrides/2044-01-05/delete").with(csrf())).andExpect(status().is3xxRedirection());

        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        List<String> entries = auditEntries("2044-01-05");
        while (entries.size() < 2 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            entries = auditEntries("2044-01-05");
        }
        // The audit listener runs asynchronously, so two quick changes may be appended in either order.
        assertThat(entries).containsExactlyInAnyOrder("calendar.override.added admin DAY_OFF: TB 2/TB",
                "calendar.override.removed admin DAY_OFF: TB 2/TB");
    }

    private List<String> auditEntries(String targetId) {
        return jdbc.queryForList("select action || ' ' || actor_username || ' ' || detail from audit_entry"
                + " where target_type = 'CalendarOverride' and target_id = ? order by sequence_number", String.class,
                targetId);
    }

    private Document invalid(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request)
                .andExpect(status().isUnprocessableContent())
                .andExpect(view().name("calendar/index"))
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(body);
    }
}
