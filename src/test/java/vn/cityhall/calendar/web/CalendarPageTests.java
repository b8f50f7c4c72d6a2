package vn.cityhall.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Clock;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.cityhall.DatabaseTest;
import vn.cityhall.shared.CityZone;

/** The calendar page as staff and administrators see it. Never adds overrides in 2026. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class CalendarPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Test
    void anonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/calendar")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithUserDetails("vanthu")
    void showsTet2026From16To20FebruaryAndGioToOn26April() throws Exception {
        Document html = page(get("/calendar").param("year", "2026"));

        Element february = html.getElementById("month-2");
        assertThat(february.selectFirst("caption").text()).isEqualTo("Tháng 2");
        for (int day = 16; day <= 20; day++) {
            Element cell = cell(february, day);
            assertThat(cell.hasClass("cal-holiday")).as("16-20 Feb are holidays: %d", day).isTrue();
            assertThat(cell.attr("title")).contains("Tết Nguyên đán");
            assertThat(cell.select(".visually-hidden").text()).contains("Tết Nguyên đán");
            assertThat(cell.select("i.bi-star-fill")).hasSize(1);
        }
        assertThat(cell(february, 15).hasClass("cal-weekend")).isTrue();
        assertThat(cell(february, 23).hasClass("cal-working")).isTrue();
        assertThat(cell(february, 17).attr("title")).isEqualTo("Thứ Ba, 17/02/2026: Tết Nguyên đán");
        assertThat(cell(february, 17).selectFirst(".cal-lunar").text()).isEqualTo("1/1 ÂL");
        assertThat(cell(february, 16).selectFirst(".cal-lunar").text()).isEqualTo("29/12 ÂL");

        Element april = html.getElementById("month-4");
        assertThat(cell(april, 26).hasClass("cal-holiday")).isTrue();
        assertThat(cell(april, 26).attr("title")).isEqualTo("Chủ nhật, 26/04/2026: Giỗ Tổ Hùng Vương");
        assertThat(cell(april, 26).selectFirst(".cal-lunar").text()).isEqualTo("10/3 ÂL");
        assertThat(cell(april, 27).hasClass("cal-compensatory")).isTrue();
        assertThat(cell(april, 27).attr("title")).isEqualTo("Thứ Hai, 27/04/2026: Nghỉ bù Giỗ Tổ Hùng Vương");
    }

    @Test
    @WithUserDetails("vanthu")
    void startsWeeksOnMondayWithVietnameseWeekdayNames() throws Exception {
        Document html = page(get("/calendar").param("year", "2026"));
        Element january = html.getElementById("month-1");
        assertThat(january.select("thead th")).extracting(Element::text)
                .containsExactly("T2", "T3", "T4", "T5", "T6", "T7", "CN");
        assertThat(january.selectFirst("thead th").attr("abbr")).isEqualTo("Thứ Hai");
        // 1 January 2026 is a Thursday: three blank cells before it.
        Elements firstWeek = january.select("tbody tr").first().select("td");
        assertThat(firstWeek).hasSize(7);
        assertThat(firstWeek.subList(0, 3)).allMatch(td -> td.hasClass("cal-pad"));
        assertThat(firstWeek.get(3).selectFirst(".cal-num").text()).isEqualTo("1");
        assertThat(html.select("table.calendar-month")).hasSize(12);
    }

    @Test
    @WithUserDetails("vanthu")
    void listsTheHolidaysOfTheYearWithWeekdayAndLunarDate() throws Exception {
        Document html = page(get("/calendar").param("year", "2026"));
        Element tet = html.getElementById("entry-2026-02-17");
        assertThat(tet.select("td")).extracting(Element::text).startsWith("17/02/2026", "Thứ Ba", "Tết Nguyên đán",
                "1/1 năm Bính Ngọ");
        Element compensatory = html.getElementById("entry-2026-04-27");
        assertThat(compensatory.text()).contains("27/04/2026", "Thứ Hai", "Nghỉ bù Giỗ Tổ Hùng Vương", "Nghỉ bù");
        assertThat(html.getElementById("entry-2026-02-16").text()).contains("29/12 năm Ất Tỵ");
        assertThat(html.select(".calendar-entries tbody tr")).hasSize(12);
        assertThat(html.select(".calendar-legend li")).extracting(Element::text).contains("Ngày làm việc",
                "Nghỉ hằng tuần", "Nghỉ lễ, Tết", "Nghỉ bù", "Nghỉ theo thông báo", "Làm việc theo thông báo");
    }

    @Test
    @WithUserDetails("vanthu")
    void staffSeeNoOverrideFormAndNoRemoveButtons() throws Exception {
        Document html = page(get("/calendar").param("year", "2026"));
        assertThat(html.getElementById("override-form")).isNull();
        assertThat(html.select("form[action^=/calendar/overrides]")).isEmpty();
        assertThat(html.select("nav a[href=/calendar]").text()).contains("Lịch làm việc");
        assertThat(html.getElementById("calculator-add")).isNotNull();
    }

    @Test
    @WithUserDetails("admin")
    void administratorSeesTheOverrideForm() throws Exception {
        Document html = page(get("/calendar").param("year", "2026"));
        Element form = html.getElementById("override-form").selectFirst("form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/calendar/overrides");
        assertThat(form.attr("hx-post")).isEqualTo("/calendar/overrides");
        assertThat(form.select("input[name=_csrf]")).hasSize(1);
        assertThat(form.select("input[name=date][type=date]")).hasSize(1);
        assertThat(form.select("input[name=kind]")).extracting(e -> e.attr("value")).containsExactly("DAY_OFF", "WORKING_DAY");
        assertThat(form.select("input[name=note][maxlength=255]")).hasSize(1);
        assertThat(form.select("input[name=year]").attr("value")).isEqualTo("2026");
    }

    @Test
    @WithUserDetails("vanthu")
    void showsThisYearByTheClockWithLinksToTheYearsAround() throws Exception {
        int thisYear = LocalDate.ofInstant(clock.instant(), CityZone.ID).getYear();
        Document html = page(get("/calendar"));
        assertThat(html.select("#calendar-year h2").text()).isEqualTo("Năm " + thisYear);
        assertThat(html.select("a[href=/calendar?year=" + (thisYear - 1) + "]")).isNotEmpty();
        assertThat(html.select("a[href=/calendar?year=" + (thisYear + 1) + "]")).isNotEmpty();
    }

    @Test
    @WithUserDetails("vanthu")
    void offersNoYearBeyondTheSupportedRange() throws Exception {
        Document first = page(get("/calendar").param("year", "1900"));
        assertThat(first.select("a[href=/calendar?year=1899]")).isEmpty();
        assertThat(first.select("a[href=/calendar?year=1901]")).isNotEmpty();
        Document last = page(get("/calendar").param("year", "2100"));
        assertThat(last.select("a[href=/calendar?year=2101]")).isEmpty();
    }

    @Test
    @WithUserDetails("vanthu")
    void explainsAnInvalidYearInsteadOfFailing() throws Exception {
        for (String year : new String[] {"abc", "1899", "2101", "-5", "20266"}) {
            String body = mvc.perform(get("/calendar").param("year", year))
                    .andExpect(status().isBadRequest())
                    .andExpect(view().name("calendar/index"))
                    .andReturn().getResponse().getContentAsString();
            Document html = Jsoup.parse(body);
            assertThat(html.select(".alert-danger").text()).as(year)
                    .contains("Năm không hợp lệ. Hãy chọn một năm là số từ 1900 đến 2100");
            assertThat(html.select("table.calendar-month")).isEmpty();
        }
    }

    @Test
    @WithUserDetails("vanthu")
    void servesOnlyTheYearPartToHtmx() throws Exception {
        String body = mvc.perform(get("/calendar").param("year", "2027").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name("calendar/year"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("<html").contains("id=\"calendar-year\"").contains("Năm 2027");
    }

    @Test
    @WithUserDetails("vanthu")
    void speaksEnglishWhenAsked() throws Exception {
        Document html = page(get("/calendar").param("year", "2026").param("lang", "en"));
        assertThat(cell(html.getElementById("month-2"), 17).attr("title"))
                .isEqualTo("Tuesday, 17/02/2026: Lunar New Year (Tết)");
        assertThat(html.getElementById("month-1").select("thead th").first().text()).isEqualTo("Mon");
        assertThat(cell(html.getElementById("month-4"), 27).attr("title"))
                .isEqualTo("Monday, 27/04/2026: Day off in lieu of Hung Kings' Commemoration Day");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(view().name("calendar/index"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).as("every message key resolves").doesNotContain("??");
        return Jsoup.parse(body);
    }

    static Element cell(Element month, int day) {
        return month.select("td.cal-day").stream()
                .filter(td -> td.selectFirst(".cal-num").text().equals(String.valueOf(day)))
                .findFirst().orElseThrow();
    }
}
