package vn.cityhall.feedback.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.cityhall.DatabaseTest;
import vn.cityhall.organization.OrganizationDirectory;

/**
 * The staff statistics: operators count every item, a commune leader only what their commune handles,
 * others get nothing; the export holds the same figures. Data in June 2018, which no other test uses.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class StatisticsPageTests {

    static final String JUNE = "from=2018-06&to=2018-06";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    OrganizationDirectory directory;

    @BeforeEach
    void data() {
        jdbc.update("delete from feedback_item where received_at >= ? and received_at < ?",
                FeedbackFigures.utc(Instant.parse("2018-05-31T17:00:00Z")), FeedbackFigures.utc(Instant.parse("2018-06-30T17:00:00Z")));
        long hoanKiem = directory.unitByCode("00070").orElseThrow().id().value();
        long baDinh = directory.unitByCode("00004").orElseThrow().id().value();
        FeedbackRows rows = new FeedbackRows(jdbc);
        rows.item("ANSWERED", Instant.parse("2018-06-04T02:00:00Z")).commune(hoanKiem).handledBy(hoanKiem)
                .answered(Instant.parse("2018-06-06T02:00:00Z"), true).rated(4).insert();
        rows.item("ASSIGNED", Instant.parse("2018-06-05T02:00:00Z")).commune(baDinh).handledBy(baDinh).insert();
        rows.item("RECEIVED", Instant.parse("2018-06-06T02:00:00Z")).insert();
    }

    @Test
    void anOperatorCountsEveryItemALeaderOnlyWhatTheirSubtreeHandles() throws Exception {
        Document operator = page("/feedback/statistics?" + JUNE, "tiepnhan");
        assertThat(operator.select(".figures-counters [data-figure=received]").text()).isEqualTo("3");
        assertThat(operator.select("[data-scope]").attr("data-scope")).isEqualTo("figures.scope.all");
        assertThat(operator.select("canvas#chart-months").attr("data-chart")).contains("\"6/2018\"");

        Document leader = page("/feedback/statistics?" + JUNE, "chutich.hoankiem");
        assertThat(leader.select(".figures-counters [data-figure=received]").text()).isEqualTo("1");
        assertThat(leader.select(".figures-counters [data-figure=averageRating]").text()).isEqualTo("4,0");
        assertThat(leader.select("[data-scope]").attr("data-scope")).isEqualTo("figures.scope.subtree");
        assertThat(leader.select("canvas#chart-communes").attr("data-chart")).contains("Phường Hoàn Kiếm")
                .doesNotContain("Phường Ba Đình");

        mvc.perform(get("/feedback/statistics").with(as("canbo.hoankiem"))).andExpect(status().isForbidden());
        mvc.perform(get("/feedback/statistics.xlsx").with(as("baocao.hoankiem"))).andExpect(status().isForbidden());
        mvc.perform(get("/feedback/statistics")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void badFiltersAreNamedAndLeftOut() throws Exception {
        mvc.perform(get("/feedback/statistics").param("from", "tháng sáu").param("category", "999999")
                        .with(as("tiepnhan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tháng không hợp lệ")))
                .andExpect(content().string(containsString("Lĩnh vực đã chọn không tồn tại")));
        mvc.perform(get("/feedback/statistics").param("from", "2010-01").param("to", "2018-06").param("lang", "en")
                        .with(as("tiepnhan")))
                .andExpect(content().string(containsString("At most 36 months can be counted")));
        mvc.perform(get("/feedback/statistics.xlsx").param("from", "x").with(as("tiepnhan")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/feedback/statistics").param("from", "2018-06").param("to", "2018-06").with(as("tiepnhan")))
                .andExpect(content().string(not(containsString("alert-warning"))));
    }

    @Test
    void theExportOpensInASpreadsheetAndHoldsTheFigures() throws Exception {
        byte[] xlsx = mvc.perform(get("/feedback/statistics.xlsx?" + JUNE).with(as("tiepnhan")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", StatisticsController.XLSX))
                .andExpect(header().string("Content-Disposition", containsString("thong-ke-phan-anh-2018-06-2018-06.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            Sheet months = workbook.getSheet("Theo tháng");
            assertThat(months.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Thống kê phản ánh, kiến nghị từ tháng 6/2018 đến tháng 6/2018");
            assertThat(months.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Tiếp nhận");
            Row june = months.getRow(3);
            assertThat(june.getCell(0).getStringCellValue()).isEqualTo("6/2018");
            assertThat(june.getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(june.getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(june.getCell(3).getNumericCellValue()).isEqualTo(1);
            assertThat(june.getCell(7).getNumericCellValue()).isEqualTo(100.0);
            assertThat(months.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            Sheet communes = workbook.getSheet("Theo phường, xã");
            assertThat(communes.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(communes.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Chưa xác định");
        }
    }

    private Document page(String url, String username) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(as(username))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
