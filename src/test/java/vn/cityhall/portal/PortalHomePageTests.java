package vn.cityhall.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.cityhall.DatabaseTest;
import vn.cityhall.feedback.figures.FeedbackRows;
import vn.cityhall.organization.OrganizationDirectory;

/** The portal's home and statistics pages with live figures, and the commune suggested for a pin. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class PortalHomePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PortalFigures figures;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    Clock clock;

    @Test
    void theHomePageCountsThisMonthsItemsAtMostOnceAMinute() throws Exception {
        figures.forget();
        long before = Long.parseLong(figure(page("/portal"), "thisMonth").replace(".", ""));
        new FeedbackRows(jdbc).item("RECEIVED", clock.instant()).insert();
        assertThat(figure(page("/portal"), "thisMonth")).as("still the cached figures")
                .isEqualTo(figureText(before));
        figures.forget();
        assertThat(Long.parseLong(figure(page("/portal"), "thisMonth").replace(".", ""))).isEqualTo(before + 1);
        Document home = page("/portal");
        assertThat(home.select("a[href=/portal/feedback/new]")).isNotEmpty();
        assertThat(home.select("a[href=/portal/track]")).isNotEmpty();
        assertThat(home.select("a[href=/portal/answers]")).isNotEmpty();
        assertThat(home.select("a[href=/portal/statistics]")).isNotEmpty();
    }

    @Test
    void theStatisticsPageHasChartsWithTablesBesideThem() throws Exception {
        figures.forget();
        new FeedbackRows(jdbc).item("ANSWERED", clock.instant()).commune(directory.unitByCode("00070").orElseThrow().id().value())
                .answered(clock.instant(), true).insert();
        Document statistics = page("/portal/statistics");
        assertThat(statistics.select("canvas[data-chart]")).hasSize(3);
        assertThat(statistics.select("table.figures-table")).hasSize(3);
        assertThat(statistics.select("table.figures-table tbody tr")).extracting(row -> row.select("th").text())
                .contains("Phường Hoàn Kiếm");
        assertThat(statistics.select("table.figures-table").first().select("tbody tr")).hasSize(12);
        assertThat(statistics.select("script[src=/webjars/chart.js/dist/chart.umd.min.js]")).hasSize(1);
    }

    @Test
    void aPinGetsTheCommuneOfTheScreenedItemsAroundIt() throws Exception {
        long baDinh = directory.unitByCode("00004").orElseThrow().id().value();
        new FeedbackRows(jdbc).item("ASSIGNED", Instant.parse("2025-02-01T02:00:00Z")).commune(baDinh).at(20.9000, 105.4000)
                .insert();
        mvc.perform(get("/portal/communes/near").param("lat", "20.9002").param("lng", "105.4001"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(baDinh))
                .andExpect(jsonPath("$.code").value("00004"))
                .andExpect(jsonPath("$.name").value("Phường Ba Đình"));
        mvc.perform(get("/portal/communes/near").param("lat", "10.5").param("lng", "103.1"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/portal/communes/near").param("lat", "abc").param("lng", "105.4"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Tọa độ không hợp lệ")));
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String figureText(long value) {
        return String.format(java.util.Locale.ROOT, "%,d", value).replace(',', '.');
    }

    private static String figure(Document page, String name) {
        return page.select("[data-figure=" + name + "]").text();
    }
}
