package vn.cityhall.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.cityhall.DatabaseTest;
import vn.cityhall.feedback.Feedback;
import vn.cityhall.feedback.FeedbackCategories;
import vn.cityhall.feedback.FeedbackChannel;
import vn.cityhall.feedback.FeedbackIntake;
import vn.cityhall.feedback.FeedbackReceipt;
import vn.cityhall.feedback.FeedbackStatus;
import vn.cityhall.feedback.FeedbackSubmission;
import vn.cityhall.feedback.Feedbacks;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.tasks.Tasks;

/** The staff item page and lists: each role sees its forms, the steps post and redirect, refusals keep what was typed. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class ItemPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackIntake intake;

    @Autowired
    Feedbacks feedbacks;

    @Autowired
    FeedbackCategories categories;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Tasks tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOperatorAcceptsTheOfficerAnswersTheLeaderApproves() throws Exception {
        FeedbackReceipt receipt = submit("Nắp cống vỡ trước số 10 phố Hàng Trống, rất nguy hiểm", "0902000001");
        String code = receipt.code();
        String division = String.valueOf(unit("00070.KTHTDT"));

        mvc.perform(get("/feedback/items/" + code).with(as("tiepnhan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tiếp nhận và chuyển xử lý")))
                .andExpect(content().string(containsString("Phòng Kinh tế, Hạ tầng và Đô thị")))
                .andExpect(content().string(containsString("value=\"" + division + "\" selected")))
                .andExpect(content().string(not(containsString("0902000001"))));
        mvc.perform(get("/feedback/items/" + code).with(as("canbo.hoankiem"))).andExpect(status().isNotFound());

        mvc.perform(post("/feedback/items/" + code + "/accept").with(csrf()).with(as("tiepnhan"))
                        .param("categoryId", "").param("level", "NORMAL").param("unitId", division))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy chọn lĩnh vực.")));
        assertThat(item(code).status()).isEqualTo(FeedbackStatus.RECEIVED);

        mvc.perform(post("/feedback/items/" + code + "/accept").with(csrf()).with(as("tiepnhan"))
                        .param("categoryId", String.valueOf(category("MOI_TRUONG"))).param("level", "NORMAL")
                        .param("communeId", String.valueOf(unit("00070"))).param("unitId", division))
                .andExpect(redirectedUrl("/feedback/items/" + code))
                .andExpect(flash().attribute("notice", containsString(code)));
        String round = item(code).obligationId();
        await().atMost(Duration.ofSeconds(10)).until(() -> tasks.findBySource("feedback", "feedback.handling", round)
                .size() == 1);

        mvc.perform(get("/feedback/items").with(as("canbo.hoankiem")))
                .andExpect(content().string(containsString("data-code=\"" + code + "\"")));
        mvc.perform(get("/feedback/items/" + code).with(as("canbo.hoankiem")).param("template",
                        String.valueOf(1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trình duyệt")))
                .andExpect(content().string(containsString("{unit}")));
        mvc.perform(post("/feedback/items/" + code + "/answer").with(csrf()).with(as("canbo.hoankiem"))
                        .param("answer", "Đã thay nắp cống ngày {date}."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã thay nắp cống ngày {date}.")));
        mvc.perform(post("/feedback/items/" + code + "/answer").with(csrf()).with(as("canbo.hoankiem"))
                        .param("answer", "Phường đã thay nắp cống mới ngày 28/11."))
                .andExpect(redirectedUrl("/feedback/items/" + code));

        mvc.perform(post("/feedback/items/" + code + "/approve").with(csrf()).with(as("canbo.hoankiem")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/feedback/items/" + code).with(as("chutich.hoankiem")))
                .andExpect(content().string(containsString("Duyệt và gửi trả lời")));
        mvc.perform(post("/feedback/items/" + code + "/approve").with(csrf()).with(as("chutich.hoankiem")))
                .andExpect(redirectedUrl("/feedback/items/" + code));
        assertThat(item(code).status()).isEqualTo(FeedbackStatus.ANSWERED);

        mvc.perform(get("/feedback/items/" + code).with(as("tiepnhan")))
                .andExpect(content().string(containsString("Công khai trên cổng thông tin")));
    }

    @Test
    void viewingTheContactDetailsIsAuditedAndOnlyForOperatorsAndTheHandlingUnit() throws Exception {
        FeedbackReceipt receipt = submit("Chó thả rông không rọ mõm ở vườn hoa Lý Thái Tổ", "0902000002");
        mvc.perform(post("/feedback/items/" + receipt.code() + "/contact").with(csrf()).with(as("tiepnhan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0902000002")));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'feedback.contact.viewed' and target_id = ?", Long.class,
                receipt.code()) == 1);
        mvc.perform(post("/feedback/items/" + receipt.code() + "/contact").with(csrf()).with(as("chutich")))
                .andExpect(status().isNotFound());
    }

    @Test
    void searchWithoutAccentsFindsTheItemAndBulkAssignmentSendsEachToItsSuggestedUnit() throws Exception {
        FeedbackReceipt first = submit("Đường Phùng Hưng ngập sâu sau cơn mưa chiều", "0902000003");
        FeedbackReceipt second = submit("Ống nước vỡ làm đường Phùng Hưng ngập", "0902000004");
        mvc.perform(get("/feedback/items").param("q", "phung hung ngap").param("state", "screening").with(as("tiepnhan")))
                .andExpect(content().string(containsString("data-code=\"" + first.code() + "\"")))
                .andExpect(content().string(containsString("data-code=\"" + second.code() + "\"")));
        mvc.perform(post("/feedback/items/bulk-assign").with(csrf()).with(as("tiepnhan"))
                        .param("codes", first.code(), second.code()).param("level", "NORMAL").param("unitId", ""))
                .andExpect(redirectedUrl("/feedback/items"))
                .andExpect(flash().attribute("notice", containsString("2")));
        assertThat(List.of(item(first.code()), item(second.code()))).allSatisfy(item -> {
            assertThat(item.status()).isEqualTo(FeedbackStatus.ASSIGNED);
            assertThat(item.handlingUnitId()).isEqualTo(unit("00070.KTHTDT"));
        });
        mvc.perform(post("/feedback/items/bulk-assign").with(csrf()).with(as("chutich.hoankiem"))
                .param("codes", first.code())).andExpect(status().isForbidden());
    }

    @Test
    void theHandlingUnitAttachesAFileThatOnlyThoseWhoSeeTheItemCanOpen() throws Exception {
        FeedbackReceipt receipt = submit("Biển tên phố Hàng Bồ bị gãy", "0902000005");
        mvc.perform(post("/feedback/items/bulk-assign").with(csrf()).with(as("tiepnhan")).param("codes", receipt.code()));
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        mvc.perform(multipart("/feedback/items/" + receipt.code() + "/note")
                        .file(new MockMultipartFile("file", "bien-ban.exe.jpg", "image/jpeg", new byte[] {'M', 'Z', 0, 0}))
                        .param("note", "Biên bản").with(csrf()).with(as("canbo.hoankiem")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(multipart("/feedback/items/" + receipt.code() + "/note")
                        .file(new MockMultipartFile("file", "hien-truong.png", "image/png", png.toByteArray()))
                        .param("note", "Ảnh kiểm tra hiện trường").with(csrf()).with(as("canbo.hoankiem")))
                .andExpect(redirectedUrl("/feedback/items/" + receipt.code()));
        String page = mvc.perform(get("/feedback/items/" + receipt.code()).with(as("canbo.hoankiem")))
                .andReturn().getResponse().getContentAsString();
        String href = page.replaceAll("(?s).*href=\"(/feedback/items/" + receipt.code() + "/files/\\d+)\".*", "$1");
        assertThat(href).startsWith("/feedback/items/");
        mvc.perform(get(href).with(as("canbo.hoankiem"))).andExpect(status().isOk());
        mvc.perform(get(href).with(as("chuyenvien.sxd"))).andExpect(status().isNotFound());
    }

    @Test
    void anItemWithOnlyAPinShowsTheCommuneItsPinSuggests() throws Exception {
        for (int i = 0; i < 3; i++) {
            FeedbackReceipt known = intake.submit(new FeedbackSubmission(FeedbackChannel.PORTAL, "Rác ở vườn hoa số " + i,
                    category("MOI_TRUONG"), unit("00070"), null, 21.0401 + i * 0.0001, 105.8601, "Trần Văn Cường",
                    "090200010" + i, null, true, true, List.of(), null));
            mvc.perform(post("/feedback/items/bulk-assign").with(csrf()).with(as("tiepnhan")).param("codes", known.code()));
        }
        FeedbackReceipt pinned = intake.submit(new FeedbackSubmission(FeedbackChannel.PORTAL, "Cây đổ chắn lối đi",
                category("MOI_TRUONG"), null, null, 21.0403, 105.8602, "Trần Văn Cường", "0902000109", null, true, true,
                List.of(), null));
        mvc.perform(get("/feedback/items/" + pinned.code()).with(as("tiepnhan")))
                .andExpect(content().string(containsString("Phường Hoàn Kiếm (gợi ý từ vị trí ghim trên bản đồ)")))
                .andExpect(content().string(containsString("value=\"" + unit("00070.KTHTDT") + "\" selected")));
    }

    @Test
    void theMapShowsThePinnedItemsTheViewerMaySee() throws Exception {
        FeedbackReceipt pinned = intake.submit(new FeedbackSubmission(FeedbackChannel.PORTAL, "Hố ga mất nắp phố Hàng Bè",
                category("MOI_TRUONG"), unit("00070"), null, 21.0335, 105.8545, "Trần Văn Cường", "0902000201", null,
                true, true, List.of(), null));
        mvc.perform(post("/feedback/items/bulk-assign").with(csrf()).with(as("tiepnhan")).param("codes", pinned.code()));
        mvc.perform(get("/feedback/map").with(as("canbo.hoankiem"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-points=\"/feedback/map/points?")));
        mvc.perform(get("/feedback/map/points").with(as("canbo.hoankiem")))
                .andExpect(content().string(containsString("\"code\":\"" + pinned.code() + "\"")));
        mvc.perform(get("/feedback/map/points").with(as("chuyenvien.sxd")))
                .andExpect(content().string(not(containsString(pinned.code()))));
    }

    private FeedbackReceipt submit(String text, String phone) {
        return intake.submit(new FeedbackSubmission(FeedbackChannel.PORTAL, text, category("MOI_TRUONG"), unit("00070"),
                null, null, null, "Trần Văn Cường", phone, null, true, true, List.of(), null));
    }

    private Feedback item(String code) {
        return feedbacks.findByCode(code).orElseThrow();
    }

    private long category(String code) {
        return categories.findAll().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
    }

    private long unit(String code) {
        return directory.unitByCode(code).orElseThrow().id().value();
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
