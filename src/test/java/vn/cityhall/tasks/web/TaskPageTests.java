package vn.cityhall.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.DatabaseTest;
import vn.cityhall.files.SampleFiles;
import vn.cityhall.tasks.TaskDeadlines;
import vn.cityhall.tasks.TaskId;
import vn.cityhall.tasks.TimelineEntry;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class TaskPageTests {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    TaskDeadlines deadlines;

    @Autowired
    TransactionTemplate transactions;

    WebFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = WebFixtures.of(context);
    }

    @Test
    void theTaskPageShowsTheDetailsTimelineDelegationChainAndExtensions() throws Exception {
        String title = WebFixtures.unique("Lập phương án chống ngập");
        TaskId id = fixtures.assign("chutich", title, "01.SXD", null, 5);
        fixtures.management().delegate(fixtures.user("giamdoc.sxd"), id, fixtures.unit("01.SXD.HTKT"),
                fixtures.person("chuyenvien.sxd"), "Đồng chí Minh chủ trì");
        fixtures.management().reportProgress(fixtures.user("chuyenvien.sxd"), id, 40, "Đã khảo sát 5 điểm", List.of());
        var task = fixtures.task(id);
        var later = deadlines.onDate(task.dueAt().atZone(HANOI).toLocalDate().plusDays(7).with(
                java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY)));
        fixtures.management().requestExtension(fixtures.user("chuyenvien.sxd"), id,
                later.atZone(HANOI).toLocalDate(), "Chờ kết quả quan trắc");
        String due = DATE_TIME.format(task.dueAt().atZone(HANOI));
        String assignedAt = DATE_TIME.format(task.assignedAt().atZone(HANOI));
        int left = deadlines.workingDaysLeft(task.dueAt());

        mvc.perform(get("/tasks/" + id.value()).with(fixtures.as("chuyenvien.sxd")))
                .andExpect(status().isOk())
                .andExpect(view().name("tasks/show"))
                .andExpect(content().string(containsString("<h1 class=\"h3 mb-0\">" + title + "</h1>")))
                .andExpect(content().string(containsString("Nhiệm vụ được giao")))
                .andExpect(content().string(containsString("Sở Xây dựng")))
                .andExpect(content().string(containsString("Phòng Quản lý hạ tầng kỹ thuật · Bùi Đức Minh")))
                .andExpect(content().string(containsString("Nguyễn Văn An, lúc " + assignedAt)))
                .andExpect(content().string(containsString(due)))
                .andExpect(content().string(containsString("Còn " + left + " ngày làm việc")))
                .andExpect(content().string(containsString("value=\"40\"")))
                .andExpect(content().string(containsString("Giao nhiệm vụ")))
                .andExpect(content().string(containsString("Giao xử lý")))
                .andExpect(content().string(containsString("Giao cho: Phòng Quản lý hạ tầng kỹ thuật · Bùi Đức Minh")))
                .andExpect(content().string(containsString("Cập nhật tiến độ · 40%")))
                .andExpect(content().string(containsString("Đã khảo sát 5 điểm")))
                .andExpect(content().string(containsString("Sở Xây dựng → Phòng Quản lý hạ tầng kỹ thuật · Bùi Đức Minh")))
                .andExpect(content().string(containsString("Đồng chí Minh chủ trì")))
                .andExpect(content().string(containsString("Chờ quyết định")))
                .andExpect(content().string(containsString("Chờ kết quả quan trắc")))
                .andExpect(content().string(containsString("Đỗ Quang Huy · ")))
                .andExpect(content().string(not(containsString("data-action=\"extension\""))));
    }

    @Test
    void theAssignerSeesTheDecisionAndCancelActionsAndTheFormOpensWithoutJavaScript() throws Exception {
        TaskId id = fixtures.assign("truongphong.sxd", WebFixtures.unique("Kiểm đếm cây xanh"), "01.SXD.HTKT",
                "chuyenvien.sxd", 4);
        mvc.perform(get("/tasks/" + id.value()).with(fixtures.as("truongphong.sxd")))
                .andExpect(content().string(containsString("data-action=\"cancel\"")))
                .andExpect(content().string(containsString("href=\"/tasks/" + id.value() + "?action=cancel#task-action-" + id.value() + "\"")));
        mvc.perform(get("/tasks/" + id.value()).param("action", "cancel").with(fixtures.as("truongphong.sxd")))
                .andExpect(content().string(containsString("data-open-action=\"cancel\"")))
                .andExpect(content().string(containsString("action=\"/tasks/" + id.value() + "/cancel\"")))
                .andExpect(content().string(containsString("data-confirm=\"Hủy nhiệm vụ này? Thao tác không thể hoàn tác.\"")));
        mvc.perform(get("/tasks/" + id.value()).param("action", "cancel").with(fixtures.as("chuyenvien.sxd")))
                .andExpect(content().string(not(containsString("data-open-action"))));
        mvc.perform(get("/tasks/" + id.value() + "/card").param("action", "progress").with(fixtures.as("chuyenvien.sxd")))
                .andExpect(view().name("tasks/card"))
                .andExpect(content().string(containsString("id=\"task-card\"")))
                .andExpect(content().string(containsString("hx-target=\"#task-card\"")))
                .andExpect(content().string(containsString("Tiến độ hiện tại: 0%.")));
    }

    @Test
    void theTaskPageSpeaksEnglish() throws Exception {
        TaskId id = fixtures.assign("truongphong.sxd", WebFixtures.unique("Đo đạc mốc giới"), "01.SXD.HTKT",
                "chuyenvien.sxd", 4);
        mvc.perform(get("/tasks/" + id.value()).param("lang", "en").with(fixtures.as("chuyenvien.sxd")))
                .andExpect(content().string(containsString("Responsible unit")))
                .andExpect(content().string(containsString("working days left")))
                .andExpect(content().string(containsString("Update progress")));
    }

    @Test
    void filesAttachedToProgressAreListedAndDownloadedOnlyByThoseWhoSeeTheTask() throws Exception {
        TaskId id = fixtures.assign("truongphong.sxd", WebFixtures.unique("Báo cáo hiện trạng"), "01.SXD.HTKT",
                "chuyenvien.sxd", 4);
        MockMultipartFile pdf = new MockMultipartFile("files", "Báo cáo khảo sát.pdf", "application/pdf", SampleFiles.pdf());
        MockMultipartFile photo = new MockMultipartFile("files", "hien-truong.png", "image/png", SampleFiles.png(40, 30));
        mvc.perform(multipart("/tasks/" + id.value() + "/progress").file(pdf).file(photo).param("percent", "60")
                        .param("ctx", "card").header("HX-Request", "true").with(csrf()).with(fixtures.as("chuyenvien.sxd")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Báo cáo khảo sát.pdf")))
                .andExpect(content().string(containsString("hien-truong.png")));
        List<Long> files = transactions.execute(status -> fixtures.task(id).timeline().stream()
                .filter(entry -> entry.kind() == TimelineEntry.Kind.PROGRESS).findFirst().orElseThrow().fileIds());
        assertThat(files).hasSize(2);
        String link = "/tasks/" + id.value() + "/files/" + files.get(0);
        mvc.perform(get(link).with(fixtures.as("chuyenvien.sxd")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().bytes(SampleFiles.pdf()));
        mvc.perform(get(link).with(fixtures.as("truongphong.sxd"))).andExpect(status().isOk());
        mvc.perform(get(link).with(fixtures.as("canbo.hoankiem"))).andExpect(status().isNotFound());
        TaskId other = fixtures.assign("truongphong.sxd", WebFixtures.unique("Việc khác"), "01.SXD.HTKT",
                "chuyenvien.sxd", 4);
        mvc.perform(get("/tasks/" + other.value() + "/files/" + files.get(0)).with(fixtures.as("chuyenvien.sxd")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRefusedOrSixthFileIsShownOnTheFormAndNothingIsRecorded() throws Exception {
        TaskId id = fixtures.assign("truongphong.sxd", WebFixtures.unique("Thu thập hồ sơ"), "01.SXD.HTKT",
                "chuyenvien.sxd", 4);
        MockMultipartFile page = new MockMultipartFile("files", "trang.html", "text/html",
                "<html><script>alert(1)</script></html>".getBytes());
        mvc.perform(multipart("/tasks/" + id.value() + "/notes").file(page).param("note", "Kèm trang web")
                        .param("ctx", "row").header("HX-Request", "true").with(csrf()).with(fixtures.as("chuyenvien.sxd")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("trang.html")))
                .andExpect(content().string(containsString("không được phép tải lên")));
        var request = multipart("/tasks/" + id.value() + "/notes");
        for (int i = 0; i < 6; i++) {
            request.file(new MockMultipartFile("files", "tep" + i + ".pdf", "application/pdf", SampleFiles.pdf()));
        }
        mvc.perform(request.param("note", "Sáu tệp").param("ctx", "row").header("HX-Request", "true").with(csrf())
                        .with(fixtures.as("chuyenvien.sxd")))
                .andExpect(content().string(containsString("Chỉ được đính kèm tối đa 5 tệp.")));
        Integer entries = transactions.execute(status -> fixtures.task(id).timeline().size());
        assertThat(entries).isEqualTo(1);
    }
}
