package vn.cityhall.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.cityhall.DatabaseTest;
import vn.cityhall.shared.ObligationRole;
import vn.cityhall.shared.Urgency;
import vn.cityhall.tasks.TaskDeadlines;
import vn.cityhall.tasks.TaskId;
import vn.cityhall.tasks.TaskStatus;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class TaskInboxPageTests {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskDeadlines deadlines;

    WebFixtures fixtures;
    StoredTasks stored;

    @BeforeEach
    void setUp() {
        fixtures = WebFixtures.of(context);
        stored = new StoredTasks(jdbc, fixtures);
    }

    @Test
    void officerSeesTheTaskHeHoldsButNoUnitTab() throws Exception {
        String title = WebFixtures.unique("Khảo sát cống thoát nước");
        fixtures.assign("truongphong.sxd", title, "01.SXD.HTKT", "chuyenvien.sxd", 3);
        mvc.perform(get("/tasks").with(fixtures.as("chuyenvien.sxd")))
                .andExpect(status().isOk())
                .andExpect(view().name("tasks/index"))
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("Giao cho tôi")))
                .andExpect(content().string(containsString("<i class=\"bi bi-list-check me-2\" aria-hidden=\"true\"></i>Nhiệm vụ")))
                .andExpect(content().string(containsString("Tôi đã giao / theo dõi")))
                .andExpect(content().string(not(containsString("Của đơn vị"))))
                .andExpect(content().string(not(containsString("href=\"/tasks/new\""))));
    }

    @Test
    void aTaskHeldByTheUnitIsInTheLeadersOwnListUntilHeDelegatesItAndStaysInTheUnitList() throws Exception {
        String title = WebFixtures.unique("Rà soát hồ điều hòa");
        TaskId id = fixtures.assign("chutich", title, "01.SXD", null, 5);
        mvc.perform(get("/tasks").with(fixtures.as("giamdoc.sxd")))
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("href=\"/tasks/new\"")));
        fixtures.management().delegate(fixtures.user("giamdoc.sxd"), id, fixtures.unit("01.SXD.HTKT"),
                fixtures.person("chuyenvien.sxd"), null);
        mvc.perform(get("/tasks").with(fixtures.as("giamdoc.sxd")))
                .andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/tasks").param("view", "unit").with(fixtures.as("giamdoc.sxd")))
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/tasks").param("view", "assigned").with(fixtures.as("chutich")))
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/tasks").with(fixtures.as("chuyenvien.sxd")))
                .andExpect(content().string(containsString(title)));
    }

    @Test
    void openTasksAreGroupedOverdueTodayThisWeekLaterAndWithoutDeadlineLast() throws Exception {
        String token = WebFixtures.unique("Nhóm");
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(HANOI);
        Instant endOfToday = today.plusDays(1).atStartOfDay(HANOI).toInstant().minusSeconds(1);
        Instant endOfWeek = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atStartOfDay(HANOI).toInstant()
                .minusSeconds(1);
        Instant later = endOfWeek.plus(3, ChronoUnit.DAYS);
        stored.task(token + " later", "01.SXD.HTKT").holder("01.SXD.HTKT", "chuyenvien.sxd").due(later).save();
        stored.task(token + " none", "01.SXD.HTKT").holder("01.SXD.HTKT", "chuyenvien.sxd")
                .role(ObligationRole.INFORM).save();
        stored.task(token + " overdue", "01.SXD.HTKT").holder("01.SXD.HTKT", "chuyenvien.sxd")
                .due(now.minus(2, ChronoUnit.DAYS)).save();
        stored.task(token + " today", "01.SXD.HTKT").holder("01.SXD.HTKT", "chuyenvien.sxd").due(endOfToday).save();
        boolean sunday = today.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (!sunday) {
            stored.task(token + " week", "01.SXD.HTKT").holder("01.SXD.HTKT", "chuyenvien.sxd").due(endOfWeek).save();
        }
        String html = page(get("/tasks").param("q", token), "chuyenvien.sxd");
        assertThat(html).containsSubsequence("Quá hạn", token + " overdue", "Đến hạn hôm nay", token + " today");
        if (!sunday) {
            assertThat(html).containsSubsequence(token + " today", "Trong tuần này", token + " week", "Sau đó");
        }
        assertThat(html).containsSubsequence("Sau đó", token + " later", "Không có hạn xử lý", token + " none");
        int late = -deadlines.workingDaysLeft(now.minus(2, ChronoUnit.DAYS));
        assertThat(html).contains(late > 0 ? "Quá hạn " + late + " ngày làm việc" : "Đã quá hạn hôm nay");
    }

    @Test
    void countersCountTheViewAndLinkToTheFilteredList() throws Exception {
        long overdue = counter("chuyenvien.sxd", "overdue");
        long fresh = counter("chuyenvien.sxd", "new");
        String title = WebFixtures.unique("Quá hạn báo cáo");
        stored.task(title, "01.SXD.HTKT").holder("01.SXD.HTKT", "chuyenvien.sxd")
                .due(Instant.now().minus(1, ChronoUnit.DAYS)).save();
        assertThat(counter("chuyenvien.sxd", "overdue")).isEqualTo(overdue + 1);
        assertThat(counter("chuyenvien.sxd", "new")).isEqualTo(fresh + 1);
        mvc.perform(get("/tasks/counters").param("view", "mine").with(fixtures.as("chuyenvien.sxd")))
                .andExpect(status().isOk())
                .andExpect(view().name("tasks/counters"))
                .andExpect(content().string(containsString("hx-trigger=\"sse:tasks, sse:reconnected, every 60s, tasks-changed from:body\"")))
                .andExpect(content().string(containsString("href=\"/tasks?view=mine&amp;focus=overdue\"")));
        String later = WebFixtures.unique("Chưa đến hạn");
        fixtures.assign("truongphong.sxd", later, "01.SXD.HTKT", "chuyenvien.sxd", 10);
        String focused = page(get("/tasks").param("view", "mine").param("focus", "overdue"), "chuyenvien.sxd");
        assertThat(focused).contains(title, "Đang xem: nhiệm vụ quá hạn").doesNotContain(later);
    }

    @Test
    void statusSourceRoleAndSortFiltersNarrowTheList() throws Exception {
        String token = WebFixtures.unique("Lọc");
        Instant due = Instant.now().plus(20, ChronoUnit.DAYS);
        stored.task(token + " done", "01.SXD.HTKT").holder("01.SXD.HTKT", "chuyenvien.sxd").due(due)
                .status(TaskStatus.DONE).save();
        stored.task(token + " feedback", "01.SXD.HTKT").holder("01.SXD.HTKT", "chuyenvien.sxd").due(due.plusSeconds(60))
                .source("feedback", "feedback.handling", token, "PA-2026-000123").save();
        stored.task(token + " coordinate", "01.SXD.HTKT").holder("01.SXD.HTKT", "chuyenvien.sxd").due(due.plusSeconds(120))
                .role(ObligationRole.COORDINATE).urgency(Urgency.FLASH).save();
        stored.task(token + " cancelled", "01.SXD.HTKT").holder("01.SXD.HTKT", "chuyenvien.sxd").due(due)
                .status(TaskStatus.CANCELLED).save();

        assertThat(page(get("/tasks").param("q", token), "chuyenvien.sxd"))
                .contains(token + " feedback", token + " coordinate").doesNotContain(token + " done", token + " cancelled");
        assertThat(page(get("/tasks").param("q", token).param("status", "done"), "chuyenvien.sxd"))
                .contains(token + " done").doesNotContain(token + " feedback", token + " cancelled");
        assertThat(page(get("/tasks").param("q", token).param("status", "cancelled"), "chuyenvien.sxd"))
                .contains(token + " cancelled").doesNotContain(token + " done");
        assertThat(page(get("/tasks").param("q", token).param("status", "all"), "chuyenvien.sxd"))
                .contains(token + " done", token + " cancelled", token + " feedback");
        assertThat(page(get("/tasks").param("q", token).param("source", "feedback.handling"), "chuyenvien.sxd"))
                .contains(token + " feedback", "PA-2026-000123").doesNotContain(token + " coordinate");
        assertThat(page(get("/tasks").param("q", token).param("role", "COORDINATE"), "chuyenvien.sxd"))
                .contains(token + " coordinate").doesNotContain(token + " feedback");
        assertThat(page(get("/tasks").param("q", token), "chuyenvien.sxd"))
                .containsSubsequence(token + " feedback", token + " coordinate");
        assertThat(page(get("/tasks").param("q", token).param("sort", "urgency"), "chuyenvien.sxd"))
                .containsSubsequence(token + " coordinate", token + " feedback");
    }

    @Test
    void sortingByAssignmentDateShowsTheNewestFirst() throws Exception {
        String token = WebFixtures.unique("Ngày giao");
        Instant due = Instant.now().plus(20, ChronoUnit.DAYS);
        stored.task(token + " old", "01.SXD.HTKT").holder("01.SXD.HTKT", "chuyenvien.sxd").due(due.minusSeconds(60))
                .assignedAt(Instant.now().minus(20, ChronoUnit.DAYS)).save();
        stored.task(token + " recent", "01.SXD.HTKT").holder("01.SXD.HTKT", "chuyenvien.sxd").due(due)
                .assignedAt(Instant.now().minus(1, ChronoUnit.DAYS)).save();
        assertThat(page(get("/tasks").param("q", token), "chuyenvien.sxd"))
                .containsSubsequence(token + " old", token + " recent");
        assertThat(page(get("/tasks").param("q", token).param("sort", "assigned"), "chuyenvien.sxd"))
                .containsSubsequence(token + " recent", token + " old");
    }

    @Test
    void searchIgnoresAccentsAndCaseAndMatchesTheReference() throws Exception {
        String token = WebFixtures.unique("Kiểm tra vỉa hè đường Lê Lợi");
        String ascii = vn.cityhall.shared.Texts.searchKey(token).toUpperCase();
        stored.task(token, "01.SXD.HTKT").holder("01.SXD.HTKT", "chuyenvien.sxd")
                .due(Instant.now().plus(5, ChronoUnit.DAYS)).source("documents", "documents.processing", token,
                        "123/UBND-ĐT").save();
        assertThat(page(get("/tasks").param("q", ascii), "chuyenvien.sxd")).contains(token);
        assertThat(page(get("/tasks").param("q", "123/ubnd-dt"), "chuyenvien.sxd")).contains(token);
        assertThat(page(get("/tasks").param("q", "%"), "chuyenvien.sxd"))
                .as("wildcards are matched literally").contains("Không tìm thấy nhiệm vụ phù hợp");
    }

    @Test
    void aLeaderFiltersByAUnitOfHisSubtreeAndIncludesTheUnitsBelowOnRequest() throws Exception {
        String division = WebFixtures.unique("Việc của phòng HTKT");
        String department = WebFixtures.unique("Việc của Sở");
        fixtures.assign("chutich", department, "01.SXD", null, 6);
        fixtures.assign("giamdoc.sxd", division, "01.SXD.HTKT", null, 6);
        String htkt = String.valueOf(fixtures.unit("01.SXD.HTKT"));
        assertThat(page(get("/tasks").param("view", "unit").param("unit", htkt), "giamdoc.sxd"))
                .contains(division).doesNotContain(department);
        assertThat(page(get("/tasks").param("view", "unit"), "giamdoc.sxd"))
                .contains(department).doesNotContain(division).contains("Gồm đơn vị trực thuộc");
        assertThat(page(get("/tasks").param("view", "unit").param("subtree", "true"), "giamdoc.sxd"))
                .contains(department, division);
        assertThat(page(get("/tasks").param("view", "unit").param("unit", String.valueOf(fixtures.unit("00070"))),
                "giamdoc.sxd"))
                .contains("Đơn vị đã chọn không thuộc phạm vi bạn được xem").doesNotContain(department);
    }

    @Test
    void anOfficerAskingForTheUnitViewGetsHisOwnTasks() throws Exception {
        String unitTask = WebFixtures.unique("Việc phòng không giao cho ai");
        fixtures.assign("giamdoc.sxd", unitTask, "01.SXD.HTKT", null, 4);
        String other = WebFixtures.unique("Việc của trưởng phòng");
        fixtures.assign("giamdoc.sxd", other, "01.SXD.HTKT", "truongphong.sxd", 4);
        assertThat(page(get("/tasks").param("view", "unit"), "chuyenvien.sxd"))
                .contains(unitTask).doesNotContain(other).doesNotContain("Của đơn vị");
        assertThat(page(get("/tasks").param("view", "unit"), "vanthu.sxd")).contains("Của đơn vị");
    }

    @Test
    void listsArePagedByTwenty() throws Exception {
        String token = WebFixtures.unique("Trang");
        for (int i = 0; i < 21; i++) {
            stored.task(token + String.format(" %02d", i), "01.SXD.HTKT").holder("01.SXD.HTKT", "chuyenvien.sxd")
                    .due(Instant.now().plus(30 + i, ChronoUnit.DAYS)).save();
        }
        String first = page(get("/tasks").param("q", token), "chuyenvien.sxd");
        assertThat(first).contains(token + " 19", "Trang 1/2 · 21 mục").doesNotContain(token + " 20");
        String second = page(get("/tasks").param("q", token).param("page", "1"), "chuyenvien.sxd");
        assertThat(second).contains(token + " 20").doesNotContain(token + " 19");
    }

    @Test
    void htmxGetsTheListAloneAndTheHomeItsCompactInbox() throws Exception {
        String title = WebFixtures.unique("Việc hiển thị trên trang chủ");
        stored.task(title, "01.SXD.HTKT").holder("01.SXD.HTKT", "chuyenvien.sxd")
                .due(Instant.now().minus(3000, ChronoUnit.DAYS)).save();
        mvc.perform(get("/tasks").header("HX-Request", "true").with(fixtures.as("chuyenvien.sxd")))
                .andExpect(view().name("tasks/results"))
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/tasks/inbox").with(fixtures.as("chuyenvien.sxd")))
                .andExpect(view().name("tasks/home"))
                .andExpect(content().string(containsString("id=\"tasks-counters\"")))
                .andExpect(content().string(containsString("hx-get=\"/tasks/inbox?view=assigned\"")));
        mvc.perform(get("/").with(fixtures.as("chuyenvien.sxd")))
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("hx-get=\"/tasks/inbox\"")));
    }

    @Test
    void theInboxSpeaksEnglishOnRequest() throws Exception {
        mvc.perform(get("/tasks").param("lang", "en").with(fixtures.as("giamdoc.sxd")))
                .andExpect(content().string(containsString("My work")))
                .andExpect(content().string(containsString("Assigned by me / followed")))
                .andExpect(content().string(containsString("Assign a task")));
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(fixtures.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private long counter(String username, String name) throws Exception {
        String html = page(get("/tasks/counters").param("view", "mine"), username);
        Matcher matcher = Pattern.compile("data-counter=\"" + name + "\">(\\d+)<").matcher(html);
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
