package vn.cityhall.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.cityhall.DatabaseTest;

/** The working-day calculators of the calendar page, with and without htmx. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@WithUserDetails("chuyenvien.sxd")
class CalculatorControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void addsTenWorkingDaysTo12February2026SkippingTet() throws Exception {
        Document html = part(get("/calendar/calculator/add").param("start", "2026-02-12").param("days", "10"),
                "calendar/calculatorAdd");
        assertThat(html.select(".calendar-result").text())
                .isEqualTo("Ngày làm việc thứ 10 sau Thứ Năm, 12/02/2026 là Thứ Năm, 05/03/2026.");
    }

    @Test
    void answersOnTheWholePageWithoutJavaScript() throws Exception {
        String body = mvc.perform(get("/calendar/calculator/add").param("start", "12/02/2026").param("days", "10")
                        .param("year", "2026"))
                .andExpect(status().isOk())
                .andExpect(view().name("calendar/index"))
                .andReturn().getResponse().getContentAsString();
        Document html = Jsoup.parse(body);
        assertThat(html.select("#calculator-add .calendar-result").text()).contains("05/03/2026");
        assertThat(html.select("#calendar-year h2").text()).isEqualTo("Năm 2026");
        assertThat(html.select("#calculator-add input[name=start]").attr("value")).isEqualTo("2026-02-12");
    }

    @Test
    void skipsTheCompensatoryDayAfterGioTo2026() throws Exception {
        Document html = part(get("/calendar/calculator/add").param("start", "2026-04-24").param("days", "1"),
                "calendar/calculatorAdd");
        assertThat(html.select(".calendar-result").text()).endsWith("là Thứ Ba, 28/04/2026.");
    }

    @Test
    void countsTheWorkingDaysBetweenTwoDates() throws Exception {
        Document html = part(get("/calendar/calculator/between").param("from", "2026-02-12").param("to", "2026-03-05"),
                "calendar/calculatorBetween");
        assertThat(html.select(".calendar-result").text())
                .isEqualTo("Từ Thứ Năm, 12/02/2026 đến Thứ Năm, 05/03/2026 có 10 ngày làm việc.");
        Document backwards = part(get("/calendar/calculator/between").param("from", "2026-03-05")
                .param("to", "2026-02-12"), "calendar/calculatorBetween");
        assertThat(backwards.select(".calendar-result").text()).contains("có 10 ngày làm việc");
    }

    @Test
    void asksForMissingAndMalformedValues() throws Exception {
        Document html = part(get("/calendar/calculator/add").param("start", "").param("days", "mười"),
                "calendar/calculatorAdd");
        assertThat(html.getElementById("error-start").text()).isEqualTo("Hãy nhập ngày.");
        assertThat(html.getElementById("error-days").text())
                .isEqualTo("Số ngày làm việc phải là số nguyên từ 0 đến 1000.");
        assertThat(html.select(".calendar-result")).isEmpty();

        Document between = part(get("/calendar/calculator/between").param("from", "31/02/2026").param("to", "2101-01-01"),
                "calendar/calculatorBetween");
        assertThat(between.getElementById("error-from").text()).startsWith("Ngày không hợp lệ.");
        assertThat(between.getElementById("error-to").text()).startsWith("Lịch chỉ hỗ trợ các năm từ 1900 đến 2100.");
    }

    @Test
    void refusesCountsThatRunPastTheCalendar() throws Exception {
        Document tooMany = part(get("/calendar/calculator/add").param("start", "2026-02-12").param("days", "1001"),
                "calendar/calculatorAdd");
        assertThat(tooMany.getElementById("error-days").text()).contains("từ 0 đến 1000");
        Document beyond = part(get("/calendar/calculator/add").param("start", "2100-12-01").param("days", "100"),
                "calendar/calculatorAdd");
        assertThat(beyond.getElementById("error-days").text()).startsWith("Kết quả rơi sau năm 2100");
    }

    private Document part(MockHttpServletRequestBuilder request, String view) throws Exception {
        String body = mvc.perform(request.header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name(view))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("<html");
        return Jsoup.parse(body);
    }
}
