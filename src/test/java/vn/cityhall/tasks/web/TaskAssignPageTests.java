package vn.cityhall.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.cityhall.DatabaseTest;
import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.shared.Urgency;
import vn.cityhall.tasks.Task;
import vn.cityhall.tasks.TaskId;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class TaskAssignPageTests {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkingCalendar calendar;

    WebFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = WebFixtures.of(context);
    }

    private MockHttpServletRequestBuilder assign(String leader, String title) {
        return post("/tasks/new").with(csrf()).with(fixtures.as(leader)).param("title", title)
                .param("role", "LEAD");
    }

    private int count(String title) {
        Integer found = jdbc.queryForObject("select count(*) from tasks_task where title = ?", Integer.class, title);
        return found == null ? 0 : found;
    }

    @Test
    void onlyLeadersOpenTheAssignForm() throws Exception {
        mvc.perform(get("/tasks/new").with(fixtures.as("giamdoc.sxd")))
                .andExpect(status().isOk())
                .andExpect(view().name("tasks/new"))
                .andExpect(content().string(containsString("Phòng Quản lý hạ tầng kỹ thuật")))
                .andExpect(content().string(not(containsString("Phường Hoàn Kiếm"))))
                .andExpect(content().string(containsString("hx-get=\"/tasks/new/due\"")));
        mvc.perform(get("/tasks/new").with(fixtures.as("chuyenvien.sxd"))).andExpect(status().isForbidden());
        mvc.perform(assign("chuyenvien.sxd", "x").param("unitId", String.valueOf(fixtures.unit("01.SXD.HTKT")))
                .param("dueMode", "days").param("workingDays", "3")).andExpect(status().isForbidden());
        assertThat(count("x")).isZero();
    }

    @Test
    void theChairmanAssignsADepartmentFiveWorkingDays() throws Exception {
        String title = WebFixtures.unique("Rà soát công trình xuống cấp");
        MvcResult result = mvc.perform(assign("chutich", title).param("description", "Báo cáo UBND thành phố")
                        .param("unitId", String.valueOf(fixtures.unit("01.SXD"))).param("urgency", "URGENT")
                        .param("dueMode", "days").param("workingDays", "5"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "Đã giao nhiệm vụ „" + title + "“."))
                .andReturn();
        long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/tasks/", ""));
        Task task = fixtures.task(TaskId.of(id));
        assertThat(task.title()).isEqualTo(title);
        assertThat(task.responsibleUnitId()).isEqualTo(fixtures.unit("01.SXD"));
        assertThat(task.holderPersonId()).isNull();
        assertThat(task.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(task.dueAt().atZone(HANOI).toLocalDate()).isEqualTo(calendar.addWorkingDays(LocalDate.now(HANOI), 5));
    }

    @Test
    void aLeaderAssignsAPersonOfHisDivisionOnAChosenWorkingDay() throws Exception {
        String title = WebFixtures.unique("Thẩm tra bản vẽ");
        LocalDate day = calendar.addWorkingDays(LocalDate.now(HANOI), 4);
        mvc.perform(assign("giamdoc.sxd", title).param("unitId", String.valueOf(fixtures.unit("01.SXD.HTKT")))
                        .param("personId", String.valueOf(fixtures.person("chuyenvien.sxd")))
                        .param("dueMode", "date").param("dueDate", day.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(count(title)).isEqualTo(1);
        Long holder = jdbc.queryForObject("select holder_person_id from tasks_task where title = ?", Long.class, title);
        assertThat(holder).isEqualTo(fixtures.person("chuyenvien.sxd"));
    }

    @Test
    void aDeadlineOnASundayIsRefusedWithTheDateAndNothingIsSaved() throws Exception {
        String title = WebFixtures.unique("Kiểm tra cuối tuần");
        LocalDate sunday = LocalDate.now(HANOI).with(TemporalAdjusters.next(DayOfWeek.SUNDAY));
        mvc.perform(assign("giamdoc.sxd", title).param("unitId", String.valueOf(fixtures.unit("01.SXD.HTKT")))
                        .param("dueMode", "date").param("dueDate", sunday.toString()))
                .andExpect(status().isOk())
                .andExpect(view().name("tasks/new"))
                .andExpect(content().string(containsString("Ngày " + sunday.getDayOfMonth() + "/" + sunday.getMonthValue()
                        + "/" + sunday.getYear() + " không phải ngày làm việc")))
                .andExpect(content().string(containsString("value=\"" + title + "\"")));
        assertThat(count(title)).isZero();
    }

    @Test
    void missingAndWrongFieldsAreExplainedAndNothingIsSaved() throws Exception {
        mvc.perform(post("/tasks/new").with(csrf()).with(fixtures.as("giamdoc.sxd")).param("dueMode", "days"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập nội dung nhiệm vụ.")))
                .andExpect(content().string(containsString("Vui lòng chọn đơn vị nhận nhiệm vụ.")))
                .andExpect(content().string(containsString("Vui lòng nhập số ngày làm việc.")));
        String outside = WebFixtures.unique("Ngoài phạm vi");
        mvc.perform(assign("giamdoc.sxd", outside).param("unitId", String.valueOf(fixtures.unit("00070")))
                        .param("dueMode", "days").param("workingDays", "3"))
                .andExpect(content().string(containsString("Đơn vị đã chọn không thuộc phạm vi bạn được giao việc")));
        String stranger = WebFixtures.unique("Người ngoài đơn vị");
        mvc.perform(assign("giamdoc.sxd", stranger).param("unitId", String.valueOf(fixtures.unit("01.SXD.HTKT")))
                        .param("personId", String.valueOf(fixtures.person("vanthu.sxd")))
                        .param("dueMode", "days").param("workingDays", "3"))
                .andExpect(content().string(containsString("Cán bộ đã chọn không thuộc đơn vị nhận nhiệm vụ")));
        String tooMany = WebFixtures.unique("Quá nhiều ngày");
        mvc.perform(assign("giamdoc.sxd", tooMany).param("unitId", String.valueOf(fixtures.unit("01.SXD.HTKT")))
                        .param("dueMode", "days").param("workingDays", "400"))
                .andExpect(content().string(containsString("Số ngày làm việc phải từ 1 đến 365.")));
        String longText = WebFixtures.unique("Mô tả dài");
        mvc.perform(assign("giamdoc.sxd", longText).param("unitId", String.valueOf(fixtures.unit("01.SXD.HTKT")))
                        .param("description", "x".repeat(4001)).param("dueMode", "days").param("workingDays", "3"))
                .andExpect(content().string(containsString("Nội dung quá dài (tối đa 4.000 ký tự).")));
        assertThat(count(outside) + count(stranger) + count(tooMany) + count(longText)).isZero();
    }

    @Test
    void withoutJavaScriptTheUnitSearchAndThePeopleListComeBackWithTheFormAndNothingIsSaved() throws Exception {
        String title = WebFixtures.unique("Chưa giao");
        mvc.perform(assign("giamdoc.sxd", title).param("unitQuery", "ha tang")
                        .param("unitId", String.valueOf(fixtures.unit("01.SXD.HTKT"))).param("step", "people"))
                .andExpect(status().isOk())
                .andExpect(view().name("tasks/new"))
                .andExpect(content().string(containsString("Bùi Đức Minh")))
                .andExpect(content().string(not(containsString("Văn phòng Sở"))))
                .andExpect(content().string(not(containsString("id=\"form-errors\""))));
        assertThat(count(title)).isZero();
    }

    @Test
    void theDeadlineIsShownLiveBeforeSaving() throws Exception {
        LocalDate fifth = calendar.addWorkingDays(LocalDate.now(HANOI), 5);
        mvc.perform(get("/tasks/new/due").param("dueMode", "days").param("workingDays", "5").with(fixtures.as("giamdoc.sxd")))
                .andExpect(view().name("tasks/duePreview"))
                .andExpect(content().string(containsString("Hạn xử lý: ")))
                .andExpect(content().string(containsString(fifth.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 17:00")));
        LocalDate sunday = LocalDate.now(HANOI).with(TemporalAdjusters.next(DayOfWeek.SUNDAY));
        mvc.perform(get("/tasks/new/due").param("dueMode", "date").param("dueDate", sunday.toString()).with(fixtures.as("giamdoc.sxd")))
                .andExpect(content().string(containsString("không phải ngày làm việc")));
        mvc.perform(get("/tasks/new/due").param("dueMode", "days").param("workingDays", "0").with(fixtures.as("giamdoc.sxd")))
                .andExpect(content().string(containsString("Số ngày làm việc phải từ 1 đến 365.")));
        mvc.perform(get("/tasks/new/due").param("dueMode", "days").with(fixtures.as("giamdoc.sxd")))
                .andExpect(content().string(containsString("Nhập số ngày làm việc hoặc chọn ngày")));
    }

    @Test
    void theUnitListIsSearchedWithoutAccentsWithinTheLeadersSubtree() throws Exception {
        mvc.perform(get("/tasks/unit-options").param("unitQuery", "xay dung").with(fixtures.as("chutich")))
                .andExpect(view().name("tasks/unitOptions"))
                .andExpect(content().string(containsString("Sở Xây dựng")))
                .andExpect(content().string(not(containsString("Sở Y tế"))));
        mvc.perform(get("/tasks/unit-options").param("unitQuery", "hoan kiem").with(fixtures.as("giamdoc.sxd")))
                .andExpect(content().string(not(containsString("Phường Hoàn Kiếm"))))
                .andExpect(content().string(containsString("Không có đơn vị nào khớp từ khóa")));
    }
}
