package vn.cityhall.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.cityhall.DatabaseTest;
import vn.cityhall.calendar.WorkingCalendar;
import vn.cityhall.tasks.Task;
import vn.cityhall.tasks.TaskDeadlines;
import vn.cityhall.tasks.TaskId;
import vn.cityhall.tasks.TaskStatus;

/** Issue 3's acceptance scenarios, as a user would go through them, on the pages and the API. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class TasksAcceptanceTests {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    TaskDeadlines deadlines;

    WebFixtures fixtures;
    StoredTasks stored;

    @BeforeEach
    void setUp() {
        fixtures = WebFixtures.of(context);
        stored = new StoredTasks(jdbc, fixtures);
    }

    /**
     * (a) The chairman assigns a task to the Department of Construction with 5 working days; its
     * director sees it on his home page and delegates it to an officer, who reports 50% and completes it.
     */
    @Test
    void chairmanAssignsDirectorDelegatesOfficerReportsHalfAndCompletesOnTime() throws Exception {
        clearDirectorsDesk();
        String department = "/dashboard?unit=" + fixtures.unit("01.SXD");
        long doneOnTimeBefore = figure("chutich", department, "doneOnTime");
        long assignedBefore = figure("chutich", "/dashboard", "assigned");
        String title = WebFixtures.unique("Rà soát hệ thống thoát nước trước mùa mưa");
        String location = mvc.perform(post("/tasks/new").with(csrf()).with(fixtures.as("chutich"))
                        .param("title", title).param("description", "Báo cáo kết quả cho UBND thành phố")
                        .param("unitId", String.valueOf(fixtures.unit("01.SXD"))).param("role", "LEAD")
                        .param("urgency", "URGENT").param("dueMode", "days").param("workingDays", "5"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        TaskId id = TaskId.of(Long.parseLong(location.substring("/tasks/".length())));
        LocalDate fifthWorkingDay = calendar.addWorkingDays(LocalDate.now(HANOI), 5);
        assertThat(fixtures.task(id).dueAt()).isEqualTo(deadlines.endOf(fifthWorkingDay));

        mvc.perform(get("/").with(fixtures.as("giamdoc.sxd")))
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("Còn 5 ngày làm việc")));
        awaitNotification("giamdoc.sxd", "Nhiệm vụ mới: „" + title + "“");
        mvc.perform(get("/tasks/inbox").with(fixtures.as("giamdoc.sxd")))
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("hx-get=\"/tasks/" + id.value() + "/row?action=delegate\"")));

        mvc.perform(post("/tasks/" + id.value() + "/delegate").with(csrf()).with(fixtures.as("giamdoc.sxd"))
                        .header("HX-Request", "true").param("ctx", "row")
                        .param("unitId", String.valueOf(fixtures.unit("01.SXD.HTKT")))
                        .param("personId", String.valueOf(fixtures.person("chuyenvien.sxd"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã giao xử lý nhiệm vụ.")));
        mvc.perform(get("/tasks").param("q", title).with(fixtures.as("chuyenvien.sxd")))
                .andExpect(content().string(containsString("id=\"task-row-" + id.value() + "\"")));

        mvc.perform(post("/tasks/" + id.value() + "/progress").with(csrf()).with(fixtures.as("chuyenvien.sxd"))
                        .header("HX-Request", "true").param("ctx", "row").param("percent", "50")
                        .param("note", "Đã khảo sát 12/24 tuyến cống"))
                .andExpect(content().string(containsString("value=\"50\"")));
        mvc.perform(post("/tasks/" + id.value() + "/complete").with(csrf()).with(fixtures.as("chuyenvien.sxd"))
                        .header("HX-Request", "true").param("ctx", "row").param("result", "Đã nạo vét 24 tuyến, báo cáo kèm theo"))
                .andExpect(content().string(containsString("Hoàn thành đúng hạn")));

        Task done = fixtures.task(id);
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.onTime()).isTrue();
        awaitNotification("chuyenvien.sxd", "Bạn được giao xử lý nhiệm vụ „" + title + "“");
        awaitNotification("chutich", "Nhiệm vụ „" + title + "“ đã hoàn thành đúng hạn (Bùi Đức Minh)");
        assertThat(done.responsibleUnitId()).isEqualTo(fixtures.unit("01.SXD"));
        mvc.perform(get("/api/v1/tasks/" + id.value()).with(fixtures.as("chutich")))
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.onTime").value(true))
                .andExpect(jsonPath("$.progress").value(100))
                .andExpect(jsonPath("$.delegations[0].toPerson.name").value("Bùi Đức Minh"))
                .andExpect(jsonPath("$.timeline[*].kind").value(org.hamcrest.Matchers.contains("ASSIGNED", "DELEGATED",
                        "PROGRESS", "COMPLETED")));

        assertThat(figure("chutich", department, "doneOnTime")).as("the chairman's dashboard shows it done on time")
                .isEqualTo(doneOnTimeBefore + 1);
        assertThat(figure("chutich", "/dashboard", "assigned")).isEqualTo(assignedBefore + 1);
        mvc.perform(get("/tasks").param("view", "unit").param("unit", String.valueOf(fixtures.unit("01.SXD")))
                        .param("subtree", "true").param("status", "on_time")
                        .param("from", java.time.YearMonth.now(HANOI).toString())
                        .param("to", java.time.YearMonth.now(HANOI).toString()).param("q", title)
                        .with(fixtures.as("chutich")))
                .andExpect(content().string(containsString("id=\"task-row-" + id.value() + "\"")));
    }

    /** A figure of a dashboard page ({@code data-figure}), as the leader sees it. */
    private long figure(String username, String url, String name) throws Exception {
        String html = mvc.perform(get(url).with(fixtures.as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher matcher = Pattern.compile("data-figure=\"" + name + "\">([0-9.]+)<").matcher(html);
        assertThat(matcher.find()).as(name + " on " + url).isTrue();
        return Long.parseLong(matcher.group(1).replace(".", ""));
    }

    /** (a) through the API alone. */
    @Test
    void theSameScenarioThroughTheApi() throws Exception {
        String title = WebFixtures.unique("Kiểm định cầu vượt");
        String body = mvc.perform(post("/api/v1/tasks").with(csrf()).with(fixtures.as("chutich"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"%s\",\"unitId\":%d,\"workingDays\":5}".formatted(title, fixtures.unit("01.SXD"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Matcher matcher = Pattern.compile("\"id\":(\\d+)").matcher(body);
        assertThat(matcher.find()).isTrue();
        String base = "/api/v1/tasks/" + matcher.group(1);
        mvc.perform(get("/api/v1/tasks").param("q", title).with(fixtures.as("giamdoc.sxd")))
                .andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(post(base + "/delegation").with(csrf()).with(fixtures.as("giamdoc.sxd")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":%d,\"personId\":%d}".formatted(fixtures.unit("01.SXD.HTKT"), fixtures.person("chuyenvien.sxd"))))
                .andExpect(status().isOk());
        mvc.perform(post(base + "/progress").with(csrf()).with(fixtures.as("chuyenvien.sxd")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"percent\":50}"))
                .andExpect(jsonPath("$.progress").value(50));
        mvc.perform(post(base + "/complete").with(csrf()).with(fixtures.as("chuyenvien.sxd")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"result\":\"Đạt yêu cầu\"}"))
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.onTime").value(true));
    }

    /** (b) An officer never sees nor changes another commune's tasks, and the other way round. */
    @Test
    void anOfficerCannotSeeOrChangeTasksOfAnotherUnitOnPagesApiCountsOrSearch() throws Exception {
        long communeOverdue = counter("canbo.hoankiem", "overdue");
        long departmentOverdue = counter("chuyenvien.sxd", "overdue");
        String department = WebFixtures.unique("Việc của Sở Xây dựng");
        TaskId sxd = stored.task(department, "01.SXD").holder("01.SXD.HTKT", "chuyenvien.sxd").assignedBy("giamdoc.sxd")
                .due(Instant.now().minusSeconds(86_400 * 2)).save();
        String commune = WebFixtures.unique("Việc của phường Hoàn Kiếm");
        TaskId ward = stored.task(commune, "00070").holder("00070.KTHTDT", "canbo.hoankiem").assignedBy("chutich.hoankiem")
                .due(Instant.now().minusSeconds(86_400 * 2)).save();

        assertThat(counter("canbo.hoankiem", "overdue")).isEqualTo(communeOverdue + 1);
        assertThat(counter("chuyenvien.sxd", "overdue")).isEqualTo(departmentOverdue + 1);
        refused("canbo.hoankiem", sxd, department);
        refused("chuyenvien.sxd", ward, commune);
        refused("giamdoc.sxd", ward, commune);
        refused("chutich.hoankiem", sxd, department);
        mvc.perform(get("/tasks").param("view", "unit").param("subtree", "true").param("q", commune)
                        .with(fixtures.as("chutich.hoankiem")))
                .andExpect(content().string(containsString("href=\"/tasks/" + ward.value() + "\"")));
        assertThat(fixtures.task(sxd).progress()).isZero();
        assertThat(fixtures.task(ward).progress()).isZero();
    }

    /** (c) An extension approved by the assigner moves the deadline; the task is then measured against it. */
    @Test
    void anApprovedExtensionMovesTheDeadlineAndOnTimeIsMeasuredAgainstIt() throws Exception {
        String title = WebFixtures.unique("Hoàn thiện hồ sơ quyết toán");
        Instant original = deadlines.endOf(LocalDate.now(HANOI).minusDays(1));
        TaskId id = stored.task(title, "01.SXD.HTKT").holder("01.SXD.HTKT", "chuyenvien.sxd")
                .assignedBy("truongphong.sxd").due(original).save();
        mvc.perform(get("/tasks/" + id.value()).with(fixtures.as("chuyenvien.sxd")))
                .andExpect(content().string(containsString("text-bg-danger")))
                .andExpect(content().string(containsString("quá hạn")));

        LocalDate extended = calendar.addWorkingDays(LocalDate.now(HANOI), 2);
        mvc.perform(post("/tasks/" + id.value() + "/extension").with(csrf()).with(fixtures.as("chuyenvien.sxd"))
                        .header("HX-Request", "true").param("ctx", "card").param("newDue", extended.toString())
                        .param("reason", "Chờ Kho bạc xác nhận số liệu"))
                .andExpect(content().string(containsString("Đã gửi đề nghị gia hạn cho người giao nhiệm vụ.")));
        mvc.perform(post("/api/v1/tasks/" + id.value() + "/extension-decision").with(csrf())
                        .with(fixtures.as("truongphong.sxd")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"approve\": true, \"note\": \"Đồng ý\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overdue").value(false));

        Task task = fixtures.task(id);
        assertThat(task.dueAt()).isEqualTo(deadlines.endOf(extended));
        assertThat(task.originalDueAt()).isEqualTo(original);
        mvc.perform(get("/tasks/" + id.value()).with(fixtures.as("chuyenvien.sxd")))
                .andExpect(content().string(containsString("Hạn ban đầu: " + DATE_TIME.format(original.atZone(HANOI)))))
                .andExpect(content().string(containsString(DATE_TIME.format(task.dueAt().atZone(HANOI)))))
                .andExpect(content().string(containsString("Còn " + deadlines.workingDaysLeft(task.dueAt()) + " ngày làm việc")));

        mvc.perform(post("/tasks/" + id.value() + "/complete").with(csrf()).with(fixtures.as("chuyenvien.sxd"))
                        .param("result", "Đã nộp hồ sơ quyết toán"))
                .andExpect(status().is3xxRedirection());
        Task done = fixtures.task(id);
        assertThat(done.completedAt()).isAfter(original);
        assertThat(done.onTime()).as("measured against the approved deadline").isTrue();
    }

    private void refused(String username, TaskId id, String title) throws Exception {
        for (String view : new String[] {"mine", "unit", "assigned"}) {
            mvc.perform(get("/tasks").param("view", view).param("subtree", "true").param("status", "all")
                            .param("q", title).with(fixtures.as(username)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("href=\"/tasks/" + id.value() + "\""))))
                    .andExpect(content().string(containsString("Không tìm thấy nhiệm vụ phù hợp")));
            mvc.perform(get("/api/v1/tasks").param("view", view).param("subtree", "true").param("status", "all")
                            .param("q", title).with(fixtures.as(username)))
                    .andExpect(jsonPath("$.totalItems").value(0));
        }
        mvc.perform(get("/").with(fixtures.as(username))).andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/tasks/" + id.value()).with(fixtures.as(username))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tasks/" + id.value()).with(fixtures.as(username))).andExpect(status().isNotFound());
        mvc.perform(post("/tasks/" + id.value() + "/progress").with(csrf()).with(fixtures.as(username)).param("percent", "50"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/tasks/" + id.value() + "/progress").with(csrf()).with(fixtures.as(username))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"percent\": 50}"))
                .andExpect(status().isNotFound());
    }

    /** The notification reaches the person's bell list (delivered after commit, asynchronously). */
    private void awaitNotification(String username, String text) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> mvc.perform(get("/notifications")
                        .with(fixtures.as(username)))
                .andExpect(content().string(containsString(text))));
    }

    private long counter(String username, String name) throws Exception {
        String html = mvc.perform(get("/tasks/counters").param("view", "mine").with(fixtures.as(username)))
                .andReturn().getResponse().getContentAsString();
        Matcher matcher = Pattern.compile("data-counter=\"" + name + "\">(\\d+)<").matcher(html);
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /**
     * The demo starts with nothing on the director's desk; tests sharing this database may have left
     * open tasks for his department, so those are closed first to keep the home page short.
     */
    private void clearDirectorsDesk() {
        jdbc.update("update tasks_task set status = 'CANCELLED' where status in ('NEW', 'IN_PROGRESS') and "
                + "((holder_unit_id = ? and holder_person_id is null) or holder_person_id = ?)",
                fixtures.unit("01.SXD"), fixtures.person("giamdoc.sxd"));
    }
}
