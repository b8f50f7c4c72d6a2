package vn.cityhall.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.DatabaseTest;
import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.tasks.Extension;
import vn.cityhall.tasks.Task;
import vn.cityhall.tasks.TaskId;
import vn.cityhall.tasks.TaskStatus;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class TaskActionTests {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    WorkingCalendar calendar;

    WebFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = WebFixtures.of(context);
    }

    private TaskId officersTask() {
        return fixtures.assign("truongphong.sxd", WebFixtures.unique("Kiểm tra hiện trường"), "01.SXD.HTKT",
                "chuyenvien.sxd", 5);
    }

    private MockHttpServletRequestBuilder action(TaskId id, String path, String username) {
        return post("/tasks/" + id.value() + "/" + path).with(csrf()).with(fixtures.as(username));
    }

    private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
        return request.header("HX-Request", "true").param("ctx", "row");
    }

    private int timeline(TaskId id) {
        Integer size = transactions.execute(status -> fixtures.task(id).timeline().size());
        return size == null ? 0 : size;
    }

    @Test
    void progressWithHtmxReplacesTheRowAndAsksTheCountersToRefresh() throws Exception {
        TaskId id = officersTask();
        mvc.perform(htmx(action(id, "progress", "chuyenvien.sxd")).param("percent", "50").param("note", "Đã khảo sát 3 tuyến"))
                .andExpect(status().isOk())
                .andExpect(view().name("tasks/row"))
                .andExpect(header().string("HX-Trigger", "tasks-changed"))
                .andExpect(content().string(containsString("id=\"task-row-" + id.value() + "\"")))
                .andExpect(content().string(containsString("value=\"50\"")))
                .andExpect(content().string(containsString("Đã cập nhật tiến độ.")))
                .andExpect(content().string(not(containsString("<html"))));
        Task task = fixtures.task(id);
        assertThat(task.progress()).isEqualTo(50);
        assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void wrongProgressIsShownInPlaceAndChangesNothing() throws Exception {
        TaskId id = officersTask();
        int before = timeline(id);
        for (String percent : new String[] {"abc", "100", "-1", ""}) {
            mvc.perform(htmx(action(id, "progress", "chuyenvien.sxd")).param("percent", percent))
                    .andExpect(status().isOk())
                    .andExpect(view().name("tasks/row"))
                    .andExpect(header().doesNotExist("HX-Trigger"))
                    .andExpect(content().string(containsString(percent.isEmpty()
                            ? "Vui lòng nhập tiến độ (từ 0 đến 99%)." : "Tiến độ phải là số nguyên từ 0 đến 99%.")))
                    .andExpect(content().string(containsString("is-invalid")))
                    .andExpect(content().string(containsString("data-open-action=\"progress\"")));
        }
        assertThat(fixtures.task(id).progress()).isZero();
        assertThat(timeline(id)).isEqualTo(before);
    }

    @Test
    void withoutJavaScriptAnActionRedirectsToTheTaskPageAndAnErrorShowsTheWholePage() throws Exception {
        TaskId id = officersTask();
        mvc.perform(action(id, "progress", "chuyenvien.sxd").param("percent", "30"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tasks/" + id.value()))
                .andExpect(flash().attribute("notice", "Đã cập nhật tiến độ."));
        mvc.perform(action(id, "progress", "chuyenvien.sxd").param("percent", "x"))
                .andExpect(status().isOk())
                .andExpect(view().name("tasks/show"))
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Tiến độ phải là số nguyên từ 0 đến 99%.")));
        assertThat(fixtures.task(id).progress()).isEqualTo(30);
    }

    @Test
    void anEmptyNoteIsRefusedAndANoteIsAdded() throws Exception {
        TaskId id = officersTask();
        int before = timeline(id);
        mvc.perform(htmx(action(id, "notes", "chuyenvien.sxd")).param("note", "   "))
                .andExpect(content().string(containsString("Vui lòng nhập ghi chú hoặc đính kèm tệp.")));
        assertThat(timeline(id)).isEqualTo(before);
        mvc.perform(htmx(action(id, "notes", "chuyenvien.sxd")).param("note", "Đã liên hệ Ban quản lý dự án"))
                .andExpect(content().string(containsString("Đã thêm ghi chú.")));
        assertThat(timeline(id)).isEqualTo(before + 1);
    }

    @Test
    void aNoteLongerThanTheTimelineHoldsIsRefused() throws Exception {
        TaskId id = officersTask();
        mvc.perform(htmx(action(id, "notes", "chuyenvien.sxd")).param("note", "x".repeat(4001)))
                .andExpect(content().string(containsString("Nội dung quá dài (tối đa 4.000 ký tự).")));
    }

    @Test
    void completingNeedsAResultAndThenTheTaskIsDoneOnTimeWithoutActions() throws Exception {
        TaskId id = officersTask();
        mvc.perform(htmx(action(id, "complete", "chuyenvien.sxd")).param("result", ""))
                .andExpect(content().string(containsString("Vui lòng nhập kết quả thực hiện.")));
        assertThat(fixtures.task(id).status()).isEqualTo(TaskStatus.NEW);
        mvc.perform(htmx(action(id, "complete", "chuyenvien.sxd")).param("result", "Đã nạo vét xong"))
                .andExpect(content().string(containsString("Hoàn thành đúng hạn")))
                .andExpect(content().string(not(containsString("data-action=\"progress\""))));
        assertThat(fixtures.task(id).status()).isEqualTo(TaskStatus.DONE);
        assertThat(fixtures.task(id).onTime()).isTrue();
        mvc.perform(htmx(action(id, "progress", "chuyenvien.sxd")).param("percent", "10"))
                .andExpect(content().string(containsString("Nhiệm vụ đã kết thúc; không thể thay đổi nữa.")));
        assertThat(fixtures.task(id).progress()).isEqualTo(100);
    }

    @Test
    void extensionRequestsAreCheckedAndTheAssignerApprovesOrRefuses() throws Exception {
        TaskId id = officersTask();
        LocalDate due = fixtures.task(id).dueAt().atZone(HANOI).toLocalDate();
        LocalDate sunday = due.with(TemporalAdjusters.next(DayOfWeek.SUNDAY));
        LocalDate later = calendar.addWorkingDays(due, 3);
        mvc.perform(htmx(action(id, "extension", "chuyenvien.sxd")).param("newDue", "").param("reason", ""))
                .andExpect(content().string(containsString("Vui lòng chọn ngày.")))
                .andExpect(content().string(containsString("Vui lòng nêu lý do.")));
        mvc.perform(htmx(action(id, "extension", "chuyenvien.sxd")).param("newDue", sunday.toString()).param("reason", "Chờ số liệu"))
                .andExpect(content().string(containsString("không phải ngày làm việc")));
        mvc.perform(htmx(action(id, "extension", "chuyenvien.sxd")).param("newDue", due.toString()).param("reason", "Chờ số liệu"))
                .andExpect(content().string(containsString("Hạn mới phải sau hạn xử lý hiện tại.")));
        Integer requests = transactions.execute(status -> fixtures.task(id).extensions().size());
        assertThat(requests).isZero();

        mvc.perform(htmx(action(id, "extension", "chuyenvien.sxd")).param("newDue", later.toString()).param("reason", "Chờ số liệu"))
                .andExpect(content().string(containsString("Đang xin gia hạn")));
        mvc.perform(htmx(action(id, "extension", "chuyenvien.sxd")).param("newDue", later.toString()).param("reason", "Lần hai"))
                .andExpect(content().string(containsString("Đã có một đề nghị gia hạn đang chờ quyết định.")));
        mvc.perform(htmx(action(id, "extension-decision", "chuyenvien.sxd")).param("decision", "approve"))
                .andExpect(status().isForbidden());
        mvc.perform(htmx(action(id, "extension-decision", "truongphong.sxd")).param("decision", "refuse"))
                .andExpect(content().string(containsString("Vui lòng nêu lý do không đồng ý gia hạn.")));
        mvc.perform(htmx(action(id, "extension-decision", "truongphong.sxd")).param("decision", ""))
                .andExpect(content().string(containsString("Vui lòng chọn đồng ý hoặc không đồng ý.")));
        mvc.perform(get("/tasks/" + id.value() + "/row").param("action", "decision").with(fixtures.as("truongphong.sxd")))
                .andExpect(content().string(containsString("Bùi Đức Minh đề nghị gia hạn đến")))
                .andExpect(content().string(containsString("Chờ số liệu")));
        mvc.perform(htmx(action(id, "extension-decision", "truongphong.sxd")).param("decision", "approve"))
                .andExpect(content().string(containsString("Đã lưu quyết định gia hạn.")));
        Task task = fixtures.task(id);
        assertThat(task.dueAt().atZone(HANOI).toLocalDate()).isEqualTo(later);
        assertThat(task.originalDueAt().atZone(HANOI).toLocalDate()).isEqualTo(due);
        Extension.Status decided = transactions.execute(status -> fixtures.task(id).extensions().get(0).status());
        assertThat(decided).isEqualTo(Extension.Status.APPROVED);
        mvc.perform(htmx(action(id, "extension-decision", "truongphong.sxd")).param("decision", "approve"))
                .andExpect(content().string(containsString("Không có đề nghị gia hạn nào đang chờ quyết định.")));
    }

    @Test
    void aLeaderDelegatesInsideTheHoldersSubtreeOnlyAndAnOfficerMayNotDelegate() throws Exception {
        TaskId divisions = fixtures.assign("giamdoc.sxd", WebFixtures.unique("Việc của phòng"), "01.SXD.HTKT", null, 5);
        mvc.perform(htmx(action(divisions, "delegate", "chuyenvien.sxd")).param("unitId", String.valueOf(fixtures.unit("01.SXD.HTKT")))
                        .param("personId", String.valueOf(fixtures.person("chuyenvien.sxd"))))
                .andExpect(status().isForbidden());
        assertThat(fixtures.task(divisions).holderPersonId()).isNull();
        TaskId id = fixtures.assign("chutich", WebFixtures.unique("Đánh giá an toàn cầu"), "01.SXD", null, 5);
        mvc.perform(htmx(action(id, "delegate", "giamdoc.sxd")).param("unitId", ""))
                .andExpect(content().string(containsString("Vui lòng chọn đơn vị nhận nhiệm vụ.")));
        mvc.perform(htmx(action(id, "delegate", "giamdoc.sxd")).param("unitId", String.valueOf(fixtures.unit("00070"))))
                .andExpect(content().string(containsString("Chỉ có thể giao xử lý cho đơn vị hoặc cán bộ")));
        mvc.perform(htmx(action(id, "delegate", "giamdoc.sxd")).param("unitId", String.valueOf(fixtures.unit("01.SXD.HTKT")))
                        .param("personId", String.valueOf(fixtures.person("canbo.hoankiem"))))
                .andExpect(content().string(containsString("Chỉ có thể giao xử lý cho đơn vị hoặc cán bộ")));
        assertThat(fixtures.task(id).holderUnitId()).isEqualTo(fixtures.unit("01.SXD"));
        mvc.perform(get("/tasks/" + id.value() + "/row").param("action", "delegate").with(fixtures.as("giamdoc.sxd")))
                .andExpect(content().string(containsString("Phòng Quản lý hạ tầng kỹ thuật")))
                .andExpect(content().string(not(containsString("Phường Hoàn Kiếm"))));
        mvc.perform(htmx(action(id, "delegate", "giamdoc.sxd")).param("unitId", String.valueOf(fixtures.unit("01.SXD.HTKT")))
                        .param("personId", String.valueOf(fixtures.person("chuyenvien.sxd"))).param("note", "Đồng chí Minh xử lý"))
                .andExpect(content().string(containsString("Phòng Quản lý hạ tầng kỹ thuật · Bùi Đức Minh")));
        assertThat(fixtures.task(id).holderPersonId()).isEqualTo(fixtures.person("chuyenvien.sxd"));
    }

    @Test
    void withoutJavaScriptTheLeaderAsksForThePeopleOfTheChosenUnitBeforeDelegating() throws Exception {
        TaskId id = fixtures.assign("chutich", WebFixtures.unique("Lập kế hoạch duy tu"), "01.SXD", null, 5);
        String htkt = String.valueOf(fixtures.unit("01.SXD.HTKT"));
        mvc.perform(action(id, "delegate", "giamdoc.sxd").param("unitId", htkt).param("step", "people"))
                .andExpect(status().isOk())
                .andExpect(view().name("tasks/show"))
                .andExpect(content().string(containsString("<option value=\"" + fixtures.person("chuyenvien.sxd") + "\"")))
                .andExpect(content().string(containsString("<option value=\"" + htkt + "\" selected")))
                .andExpect(content().string(not(containsString("Đã giao xử lý nhiệm vụ."))));
        assertThat(fixtures.task(id).holderUnitId()).isEqualTo(fixtures.unit("01.SXD"));
        mvc.perform(action(id, "delegate", "giamdoc.sxd").param("unitId", htkt)
                        .param("personId", String.valueOf(fixtures.person("chuyenvien.sxd"))))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.task(id).holderPersonId()).isEqualTo(fixtures.person("chuyenvien.sxd"));
    }

    @Test
    void onlyTheAssignerCancelsAStandaloneTaskWithAReason() throws Exception {
        TaskId id = officersTask();
        mvc.perform(htmx(action(id, "cancel", "chuyenvien.sxd")).param("reason", "Không cần nữa"))
                .andExpect(status().isForbidden());
        mvc.perform(htmx(action(id, "cancel", "truongphong.sxd")).param("reason", ""))
                .andExpect(content().string(containsString("Vui lòng nêu lý do.")));
        assertThat(fixtures.task(id).status()).isEqualTo(TaskStatus.NEW);
        mvc.perform(htmx(action(id, "cancel", "truongphong.sxd")).param("reason", "Đã có đơn vị khác thực hiện"))
                .andExpect(content().string(containsString("Đã hủy nhiệm vụ.")));
        assertThat(fixtures.task(id).status()).isEqualTo(TaskStatus.CANCELLED);
    }

    @Test
    void aTaskOfAnotherUnitIsNotFoundForPagesFragmentsAndActions() throws Exception {
        TaskId id = officersTask();
        mvc.perform(get("/tasks/" + id.value()).with(fixtures.as("canbo.hoankiem"))).andExpect(status().isNotFound());
        mvc.perform(get("/tasks/" + id.value() + "/row").with(fixtures.as("canbo.hoankiem"))).andExpect(status().isNotFound());
        mvc.perform(get("/tasks/" + id.value() + "/card").with(fixtures.as("canbo.hoankiem"))).andExpect(status().isNotFound());
        for (String path : new String[] {"progress", "notes", "complete", "extension", "extension-decision", "delegate", "cancel"}) {
            mvc.perform(htmx(action(id, path, "canbo.hoankiem")).param("percent", "10").param("note", "x")
                    .param("result", "x").param("reason", "x")).andExpect(status().isNotFound());
        }
        mvc.perform(get("/tasks/999999999").with(fixtures.as("chuyenvien.sxd"))).andExpect(status().isNotFound());
        assertThat(fixtures.task(id).progress()).isZero();
        assertThat(fixtures.task(id).status()).isEqualTo(TaskStatus.NEW);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        TaskId id = officersTask();
        mvc.perform(post("/tasks/" + id.value() + "/progress").param("percent", "40").with(fixtures.as("chuyenvien.sxd")))
                .andExpect(status().isForbidden());
        assertThat(fixtures.task(id).progress()).isZero();
    }

    @Test
    void thePeopleListFollowsTheChosenUnitWithinTheLeadersScope() throws Exception {
        String htkt = String.valueOf(fixtures.unit("01.SXD.HTKT"));
        mvc.perform(get("/tasks/people").param("unitId", htkt).with(fixtures.as("giamdoc.sxd")))
                .andExpect(view().name("tasks/personOptions"))
                .andExpect(content().string(containsString("Bùi Đức Minh")));
        mvc.perform(get("/tasks/people").param("unitId", htkt).with(fixtures.as("chuyenvien.sxd")))
                .andExpect(content().string(not(containsString("Bùi Đức Minh"))));
        mvc.perform(get("/tasks/people").param("unitId", String.valueOf(fixtures.unit("00070.KTHTDT")))
                        .with(fixtures.as("giamdoc.sxd")))
                .andExpect(content().string(not(containsString("Lý Thị Quỳnh"))));
    }
}
