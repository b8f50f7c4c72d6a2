package vn.cityhall.tasks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import vn.cityhall.DatabaseTest;
import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.ObligationRole;
import vn.cityhall.shared.Urgency;
import vn.cityhall.tasks.TaskId;
import vn.cityhall.tasks.TaskManagement;
import vn.cityhall.tasks.Tasks;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class TaskApiTests {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    TaskManagement management;

    @Autowired
    Tasks tasks;

    @Autowired
    WorkingCalendar calendar;

    private StaffUser user(String username) {
        return (StaffUser) accounts.loadUserByUsername(username);
    }

    private RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(user(username));
    }

    private long unit(String code) {
        return directory.unitByCode(code).orElseThrow().id().value();
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private TaskId officersTask(String title) {
        return management.assign(user("truongphong.sxd"), new TaskManagement.Assignment(title, null,
                unit("01.SXD.HTKT"), user("chuyenvien.sxd").personId(), ObligationRole.LEAD, Urgency.NORMAL, null, 5));
    }

    private MockHttpServletRequestBuilder postJson(String path, String username, String json) {
        return post(path).with(csrf()).with(as(username)).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    @Test
    void listsMyTasksWithTheViewsFiltersAndPagingOfThePage() throws Exception {
        String title = unique("Kiểm tra trạm bơm");
        TaskId id = officersTask(title);
        mvc.perform(get("/api/v1/tasks").param("q", title).with(as("chuyenvien.sxd")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().exists("X-CSRF-TOKEN"))
                .andExpect(jsonPath("$.view").value("mine"))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.items[0].id").value(id.value()))
                .andExpect(jsonPath("$.items[0].holderPerson.name").value("Bùi Đức Minh"))
                .andExpect(jsonPath("$.items[0].holderUnit.code").value("01.SXD.HTKT"))
                .andExpect(jsonPath("$.items[0].status").value("NEW"))
                .andExpect(jsonPath("$.items[0].overdue").value(false));
        mvc.perform(get("/api/v1/tasks").param("view", "assigned").param("q", title).with(as("truongphong.sxd")))
                .andExpect(jsonPath("$.view").value("assigned"))
                .andExpect(jsonPath("$.items[0].id").value(id.value()));
        mvc.perform(get("/api/v1/tasks").param("view", "unit").param("q", title).with(as("chuyenvien.sxd")))
                .andExpect(jsonPath("$.view").value("mine"));
        mvc.perform(get("/api/v1/tasks").param("status", "done").param("q", title).with(as("chuyenvien.sxd")))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void oneTaskIsAJsonDocumentForThoseWhoSeeItAndNotFoundForOthersInTheirLanguage() throws Exception {
        TaskId id = officersTask(unique("Lập hồ sơ hoàn công"));
        mvc.perform(get("/api/v1/tasks/" + id.value()).with(as("chuyenvien.sxd")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.responsibleUnit.name").value("Phòng Quản lý hạ tầng kỹ thuật"))
                .andExpect(jsonPath("$.assignedBy.name").value("Ngô Thị Lan"))
                .andExpect(jsonPath("$.timeline[0].kind").value("ASSIGNED"))
                .andExpect(jsonPath("$.actions", hasItem("progress")))
                .andExpect(jsonPath("$.actions", not(hasItem("cancellation"))))
                .andExpect(jsonPath("$.workingDaysLeft").value(5));
        mvc.perform(get("/api/v1/tasks/" + id.value()).with(as("canbo.hoankiem")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("Không tìm thấy nhiệm vụ này, hoặc bạn không có quyền xem."));
        mvc.perform(get("/api/v1/tasks/" + id.value()).header("Accept-Language", "en").with(as("canbo.hoankiem")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("This task does not exist, or you may not see it."));
        mvc.perform(get("/api/v1/tasks/" + id.value())).andExpect(status().isUnauthorized());
    }

    @Test
    void aLeaderAssignsThroughTheApiAndMistakesAreProblemDocuments() throws Exception {
        String title = unique("Báo cáo tiến độ dự án");
        String location = mvc.perform(postJson("/api/v1/tasks", "chutich", """
                        {"title": "%s", "unitId": %d, "urgency": "urgent", "workingDays": 5}""".formatted(title, unit("01.SXD"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.urgency").value("URGENT"))
                .andExpect(jsonPath("$.holderUnit.code").value("01.SXD"))
                .andReturn().getResponse().getHeader("Location");
        assertThat(location).startsWith("/api/v1/tasks/");
        LocalDate sunday = LocalDate.now(HANOI).with(TemporalAdjusters.next(DayOfWeek.SUNDAY));
        mvc.perform(postJson("/api/v1/tasks", "chutich", """
                        {"title": "x", "unitId": %d, "dueDate": "%s"}""".formatted(unit("01.SXD"), sunday)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("tasks.error.dueNotWorkingDay"))
                .andExpect(jsonPath("$.detail", containsString("không phải ngày làm việc")));
        mvc.perform(postJson("/api/v1/tasks", "chutich", """
                        {"title": "x", "dueDate": "%s"}""".formatted(sunday)).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("unitId"))
                .andExpect(jsonPath("$.detail").value("Choose the unit that receives the task."));
        mvc.perform(postJson("/api/v1/tasks", "chutich", """
                        {"title": "x", "unitId": %d, "role": "BOSS", "workingDays": 2}""".formatted(unit("01.SXD"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("role"));
        mvc.perform(postJson("/api/v1/tasks", "chutich", "{\"title\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("JSON")));
        mvc.perform(postJson("/api/v1/tasks", "giamdoc.sxd", """
                        {"title": "x", "unitId": %d, "workingDays": 2}""".formatted(unit("00070"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Bạn không có quyền thực hiện thao tác này với nhiệm vụ."));
        mvc.perform(postJson("/api/v1/tasks", "chuyenvien.sxd", """
                        {"title": "x", "unitId": %d, "workingDays": 2}""".formatted(unit("01.SXD.HTKT"))))
                .andExpect(status().isForbidden());
        assertThat(tasks.findAll().stream().filter(task -> task.title().equals("x"))).isEmpty();
    }

    @Test
    void progressNotesAndCompletionWithBadRequestsAndConflicts() throws Exception {
        TaskId id = officersTask(unique("Nghiệm thu hạng mục"));
        String base = "/api/v1/tasks/" + id.value();
        mvc.perform(postJson(base + "/progress", "chuyenvien.sxd", "{\"percent\": 50, \"note\": \"Một nửa\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.progress").value(50))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        mvc.perform(postJson(base + "/progress", "chuyenvien.sxd", "{\"percent\": 100}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("tasks.error.useComplete"));
        mvc.perform(postJson(base + "/progress", "chuyenvien.sxd", "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("percent"));
        mvc.perform(postJson(base + "/notes", "chuyenvien.sxd", "{\"note\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("tasks.error.noteEmpty"));
        mvc.perform(postJson(base + "/notes", "chuyenvien.sxd", "{\"note\": \"Đã họp với nhà thầu\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeline[2].kind").value("NOTE"));
        mvc.perform(postJson(base + "/complete", "canbo.hoankiem", "{\"result\": \"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(postJson(base + "/complete", "chuyenvien.sxd", "{\"result\": \"Đã nghiệm thu\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.onTime").value(true))
                .andExpect(jsonPath("$.actions").isEmpty());
        mvc.perform(postJson(base + "/progress", "chuyenvien.sxd", "{\"percent\": 10}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("tasks.error.closed"));
    }

    @Test
    void extensionsAndDelegationFollowTheRules() throws Exception {
        TaskId id = management.assign(user("chutich"), new TaskManagement.Assignment(unique("Chỉnh trang vỉa hè"), null,
                unit("01.SXD"), null, ObligationRole.LEAD, Urgency.NORMAL, null, 3));
        String base = "/api/v1/tasks/" + id.value();
        mvc.perform(postJson(base + "/delegation", "giamdoc.sxd", "{\"unitId\": %d}".formatted(unit("00070"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("tasks.error.delegateOutside"));
        mvc.perform(postJson(base + "/delegation", "giamdoc.sxd", "{\"unitId\": %d, \"personId\": %d}".formatted(
                        unit("01.SXD.HTKT"), user("chuyenvien.sxd").personId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.holderPerson.name").value("Bùi Đức Minh"))
                .andExpect(jsonPath("$.delegations[0].toUnit.code").value("01.SXD.HTKT"));
        mvc.perform(postJson(base + "/delegation", "chuyenvien.sxd", "{\"unitId\": %d}".formatted(unit("01.SXD.HTKT"))))
                .andExpect(status().isForbidden());
        LocalDate due = tasks.findById(id.value()).orElseThrow().dueAt().atZone(HANOI).toLocalDate();
        LocalDate later = calendar.addWorkingDays(due, 2);
        mvc.perform(postJson(base + "/extension-requests", "chuyenvien.sxd", "{\"newDueDate\": \"%s\"}".formatted(later)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("tasks.error.reasonRequired"));
        mvc.perform(postJson(base + "/extension-requests", "chuyenvien.sxd",
                        "{\"newDueDate\": \"%s\", \"reason\": \"Chờ giấy phép\"}".formatted(later)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.extensions[0].status").value("PENDING"));
        mvc.perform(postJson(base + "/extension-requests", "chuyenvien.sxd",
                        "{\"newDueDate\": \"%s\", \"reason\": \"Lần nữa\"}".formatted(later)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("tasks.error.extensionPending"));
        mvc.perform(postJson(base + "/extension-decision", "giamdoc.sxd", "{\"approve\": true}"))
                .andExpect(status().isForbidden());
        mvc.perform(postJson(base + "/extension-decision", "chutich", "{\"approve\": true, \"note\": \"Đồng ý\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.extensions[0].status").value("APPROVED"));
        assertThat(tasks.findById(id.value()).orElseThrow().dueAt().atZone(HANOI).toLocalDate()).isEqualTo(later);
        mvc.perform(postJson(base + "/extension-decision", "chutich", "{\"approve\": true}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("tasks.error.noPendingExtension"));
        mvc.perform(postJson(base + "/cancellation", "chuyenvien.sxd", "{\"reason\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(postJson(base + "/cancellation", "chutich", "{\"reason\": \"Không còn cần thiết\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
    }

    @Test
    void postsNeedTheCsrfTokenThatGetsHandOut() throws Exception {
        TaskId id = officersTask(unique("Đối chiếu số liệu"));
        mvc.perform(post("/api/v1/tasks/" + id.value() + "/progress").with(as("chuyenvien.sxd"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"percent\": 20}"))
                .andExpect(status().isForbidden());
        assertThat(tasks.findById(id.value()).orElseThrow().progress()).isZero();
    }
}
