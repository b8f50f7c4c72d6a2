package vn.cityhall.tasks.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.cityhall.DatabaseTest;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.tasks.TaskId;
import vn.cityhall.tasks.TaskManagement;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class DashboardPageTests {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    MockMvc mvc;

    @Autowired
    TaskManagement management;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    OrganizationDirectory directory;

    @Test
    void aDirectorSeesTheDepartmentByDivisionAndByPersonWithDrillDownLinks() throws Exception {
        long department = unit("01.SXD");
        long division = unit("01.SXD.HTKT");
        StaffUser officer = staff("chuyenvien.sxd");
        TaskId id = management.assign(staff("giamdoc.sxd"), new TaskManagement.Assignment("Lập kế hoạch chống ngập", null,
                division, officer.personId(), null, null, null, 3));
        management.complete(officer, id, "Đã trình kế hoạch", List.of());
        String month = YearMonth.now(HANOI).toString();

        mvc.perform(get("/dashboard").with(as("giamdoc.sxd")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<tr data-unit=\"" + division + "\"")))
                .andExpect(content().string(containsString("href=\"/dashboard?unit=" + division + "&amp;from=")))
                .andExpect(content().string(containsString("/tasks?view=unit&amp;unit=" + division
                        + "&amp;subtree=true&amp;from=" + YearMonth.now(HANOI).withMonth(1) + "&amp;to=" + month
                        + "&amp;status=on_time")))
                .andExpect(content().string(containsString("Hoàn thành đúng hạn")))
                .andExpect(content().string(containsString("data-chart=")));
        mvc.perform(get("/dashboard").param("unit", String.valueOf(division)).with(as("giamdoc.sxd")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Theo cán bộ của đơn vị")))
                .andExpect(content().string(containsString("data-person=\"" + officer.personId() + "\"")))
                .andExpect(content().string(containsString("&amp;person=" + officer.personId())));
        mvc.perform(get("/tasks").param("view", "unit").param("unit", String.valueOf(division))
                        .param("person", String.valueOf(officer.personId())).param("status", "on_time")
                        .param("from", month).param("to", month).with(as("giamdoc.sxd")))
                .andExpect(content().string(containsString("id=\"task-row-" + id.value() + "\"")));
        assertThat(department).isNotEqualTo(division);
    }

    @Test
    void onlyLeadersSeeTheDashboardAndOnlyForTheirSubtree() throws Exception {
        mvc.perform(get("/dashboard").with(as("canbo.hoankiem"))).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard.xlsx").with(as("canbo.hoankiem"))).andExpect(status().isForbidden());
        mvc.perform(get("/").with(as("canbo.hoankiem")))
                .andExpect(content().string(not(containsString("href=\"/dashboard\""))));
        mvc.perform(get("/").with(as("giamdoc.sxd"))).andExpect(content().string(containsString("href=\"/dashboard\"")));
        mvc.perform(get("/dashboard").param("unit", String.valueOf(unit("00070"))).with(as("giamdoc.sxd")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dashboard").param("unit", String.valueOf(unit("00070"))).with(as("chutich")))
                .andExpect(status().isOk());
    }

    @Test
    void theExportHoldsTheSameFiguresInAWorkbook() throws Exception {
        StaffUser officer = staff("chuyenvien.sxd");
        TaskId id = management.assign(staff("giamdoc.sxd"), new TaskManagement.Assignment("Báo cáo tiến độ nhà ở xã hội",
                null, unit("01.SXD.HTKT"), officer.personId(), null, null, null, 2));
        management.complete(officer, id, "Đã báo cáo", List.of());

        byte[] xlsx = mvc.perform(get("/dashboard.xlsx").param("unit", String.valueOf(unit("01.SXD.HTKT")))
                        .with(as("giamdoc.sxd")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", DashboardController.XLSX))
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Theo đơn vị");
            Sheet people = workbook.getSheet("Theo cán bộ");
            Row header = people.getRow(2);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Hoàn thành đúng hạn");
            Row officerRow = null;
            for (Row row : people) {
                if (row.getRowNum() > 2 && row.getCell(0).getStringCellValue().startsWith(officer.displayName())) {
                    officerRow = row;
                }
            }
            assertThat(officerRow).isNotNull();
            assertThat(officerRow.getCell(2).getNumericCellValue()).isGreaterThanOrEqualTo(1);
            assertThat(workbook.getSheet("Theo tháng").getRow(3).getCell(0).getStringCellValue()).isEqualTo("1/"
                    + YearMonth.now(HANOI).getYear());
        }
    }

    private long unit(String code) {
        return directory.unitByCode(code).orElseThrow().id().value();
    }

    private StaffUser staff(String username) {
        return (StaffUser) accounts.loadUserByUsername(username);
    }

    private RequestPostProcessor as(String username) {
        return user(staff(username));
    }
}
