package vn.cityhall.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.cityhall.DatabaseTest;
import vn.cityhall.feedback.figures.FeedbackRows;
import vn.cityhall.files.FileFamily;
import vn.cityhall.files.FileStore;
import vn.cityhall.files.UploadedContent;
import vn.cityhall.organization.OrganizationDirectory;

/**
 * The published answers as anyone sees them: the masked question and answer, never the sender's name,
 * phone, e-mail, address or original words, though the database holds them; only public photos.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class PortalAnswersPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FileStore files;

    @Autowired
    OrganizationDirectory directory;

    String published;
    String unpublished;

    @BeforeEach
    void data() throws Exception {
        FeedbackRows rows = new FeedbackRows(jdbc);
        long hoanKiem = directory.unitByCode("00070").orElseThrow().id().value();
        FeedbackRows.Row row = rows.item("ANSWERED", Instant.parse("2023-05-02T02:00:00Z")).commune(hoanKiem)
                .at(21.1287654, 105.7523456).answered(Instant.parse("2023-05-09T02:00:00Z"), true)
                .published(Instant.parse("2023-05-10T02:00:00Z"), "T. T. D. L. phản ánh: cống phố Hàng Trống bị tắc, nước tràn lên vỉa hè.",
                        "Phường đã thông cống phố Hàng Trống ngày 08/5/2023.");
        long id = row.insert();
        published = row.code();
        long photo = store();
        long hidden = store();
        jdbc.update("insert into feedback_photo (item_id, position, file_id, published) values (?, 0, ?, true), (?, 1, ?, false)",
                id, photo, id, hidden);
        FeedbackRows.Row draft = rows.item("ANSWERED", Instant.parse("2023-05-03T02:00:00Z"));
        draft.insert();
        unpublished = draft.code();
    }

    @Test
    void theListTheItemAndTheMapShowNoPersonalData() throws Exception {
        List<String> pages = List.of(
                body("/portal/answers?page=0"),
                body("/portal/answers?commune=" + directory.unitByCode("00070").orElseThrow().id().value() + "&month=2023-05"),
                body("/portal/answers/" + published),
                body("/portal/answers/points?month=2023-05"));
        assertThat(pages.get(1)).contains("data-code=\"" + published + "\"").contains("cống phố Hàng Trống");
        assertThat(pages.get(2)).contains("Phường đã thông cống phố Hàng Trống").contains("T. T. D. L.");
        assertThat(pages.get(3)).contains("\"latitude\":21.129").contains("\"longitude\":105.752");
        for (String page : pages) {
            assertThat(page).doesNotContain(FeedbackRows.SENDER_NAME).doesNotContain(FeedbackRows.SENDER_PHONE)
                    .doesNotContain("0977 654 321").doesNotContain(FeedbackRows.SENDER_EMAIL)
                    .doesNotContain(FeedbackRows.SENDER_ADDRESS).doesNotContain("Quán Thánh")
                    .doesNotContain("Nguyễn Văn Hải").doesNotContain("21.1287654").doesNotContain("105.7523");
        }
    }

    @Test
    void unpublishedItemsAndPrivatePhotosDoNotExistHere() throws Exception {
        mvc.perform(get("/portal/answers/" + unpublished)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/answers/" + published + "/files/0")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/")));
        mvc.perform(get("/portal/answers/" + published + "/files/1")).andExpect(status().isNotFound());
        mvc.perform(get("/portal/answers/" + unpublished + "/files/0")).andExpect(status().isNotFound());
        assertThat(body("/portal/answers/" + published))
                .contains("src=\"/portal/answers/" + published + "/files/0\"")
                .doesNotContain("/files/1");
    }

    @Test
    void badFiltersAreNamedAndTheSearchStillRuns() throws Exception {
        mvc.perform(get("/portal/answers").param("month", "05/2023").param("commune", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tháng không hợp lệ")))
                .andExpect(content().string(containsString("Phường, xã đã chọn không tồn tại")));
    }

    private String body(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private long store() throws Exception {
        BufferedImage image = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, (int) (Math.random() * 0xffffff));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        MockMultipartFile upload = new MockMultipartFile("photo", "cong.png", "image/png", out.toByteArray());
        return files.store(UploadedContent.of(upload), files.policy(FileFamily.IMAGES)).id().value();
    }
}
