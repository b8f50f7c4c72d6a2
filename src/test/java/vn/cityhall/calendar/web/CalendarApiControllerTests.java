package vn.cityhall.calendar.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.cityhall.DatabaseTest;

/** {@code GET /api/v1/calendar/{year}} for other systems. Never adds overrides in 2026. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class CalendarApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void refusesAnonymousRequestsWith401() throws Exception {
        mvc.perform(get("/api/v1/calendar/2026")).andExpect(status().isUnauthorized());
    }

    @Test
    @WithUserDetails("canbo.hoankiem")
    void listsTheNonWorkingDaysOf2026WithKindsKeysAndVietnameseNames() throws Exception {
        mvc.perform(get("/api/v1/calendar/2026").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.year").value(2026))
                .andExpect(jsonPath("$.zone").value("Asia/Ho_Chi_Minh"))
                .andExpect(jsonPath("$.weeklyRestDays[0]").value("SATURDAY"))
                .andExpect(jsonPath("$.workingDays").value(250))
                // 104 weekend days (Giỗ Tổ on a Sunday counted as holiday), 11 holidays, 1 compensatory day.
                .andExpect(jsonPath("$.nonWorkingDays", hasSize(115)))
                .andExpect(jsonPath("$.nonWorkingDays[?(@.date == '2026-02-16')].kind").value("HOLIDAY"))
                .andExpect(jsonPath("$.nonWorkingDays[?(@.date == '2026-02-16')].holiday").value("TET"))
                .andExpect(jsonPath("$.nonWorkingDays[?(@.date == '2026-02-16')].name").value("Tết Nguyên đán"))
                .andExpect(jsonPath("$.nonWorkingDays[?(@.date == '2026-02-16')].lunarDate").value("2025-12-29"))
                .andExpect(jsonPath("$.nonWorkingDays[?(@.date == '2026-02-20')].holiday").value("TET"))
                .andExpect(jsonPath("$.nonWorkingDays[?(@.date == '2026-04-26')].name").value("Giỗ Tổ Hùng Vương"))
                .andExpect(jsonPath("$.nonWorkingDays[?(@.date == '2026-04-27')].kind").value("COMPENSATORY"))
                .andExpect(jsonPath("$.nonWorkingDays[?(@.date == '2026-04-27')].kindName").value("Nghỉ bù"))
                .andExpect(jsonPath("$.nonWorkingDays[?(@.date == '2026-04-27')].compensates").value("2026-04-26"))
                .andExpect(jsonPath("$.nonWorkingDays[?(@.date == '2026-04-27')].name")
                        .value("Nghỉ bù Giỗ Tổ Hùng Vương"))
                .andExpect(jsonPath("$.nonWorkingDays[?(@.date == '2026-03-07')].kind").value("WEEKEND"))
                .andExpect(jsonPath("$.nonWorkingDays[*].date", not(hasItem("2026-02-23"))))
                .andExpect(jsonPath("$.workingDaysByNotice", hasSize(0)));
    }

    @Test
    @WithUserDetails("canbo.hoankiem")
    void givesVietnameseNamesWhateverTheLanguageOfTheUser() throws Exception {
        mvc.perform(get("/api/v1/calendar/2026").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nonWorkingDays[?(@.date == '2026-01-01')].name").value("Tết Dương lịch"));
    }

    @Test
    @WithUserDetails("canbo.hoankiem")
    void rejectsYearsOutsideTheCalendarWithAProblem() throws Exception {
        for (String year : new String[] {"1899", "2101", "abc"}) {
            mvc.perform(get("/api/v1/calendar/" + year))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(jsonPath("$.detail", startsWith("Năm không hợp lệ.")));
        }
    }
}
