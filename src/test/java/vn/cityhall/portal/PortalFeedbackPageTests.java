package vn.cityhall.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.cityhall.DatabaseTest;
import vn.cityhall.feedback.Feedbacks;

/** The portal as a citizen uses it, without signing in. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class PortalFeedbackPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Feedbacks feedbacks;

    @Test
    void aCitizenSendsFeedbackWithAPhotoAndFollowsItWithThePrivateLinkAndWithThePhone() throws Exception {
        mvc.perform(get("/portal/feedback/new")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Gửi phản ánh, kiến nghị")))
                .andExpect(content().string(containsString("name=\"website\"")));

        String location = mvc.perform(form("Hố ga mất nắp trước số 8 phố Tràng Tiền, rất nguy hiểm", "0903 456 789")
                        .file(new MockMultipartFile("photos", "ho-ga.png", "image/png", png())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/portal/feedback/PA-\\d{4}-\\d{6}\\?t=[A-Za-z0-9_-]+&new=1");
        String code = location.substring("/portal/feedback/".length(), location.indexOf('?'));
        assertThat(feedbacks.findByCode(code)).hasValueSatisfying(item -> assertThat(item.photos()).hasSize(1));

        mvc.perform(get(location)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã tiếp nhận phản ánh của bạn, mã theo dõi " + code)))
                .andExpect(content().string(containsString("Đã nhận, chờ tiếp nhận")));
        mvc.perform(get("/portal/feedback/" + code).param("t", "wrong")).andExpect(status().isNotFound());
        mvc.perform(post("/portal/track").with(csrf()).param("code", code.toLowerCase()).param("phone", "+84903456789"))
                .andExpect(content().string(containsString("Hố ga mất nắp")));
        mvc.perform(post("/portal/track").with(csrf()).param("code", code).param("phone", "0903000000"))
                .andExpect(content().string(containsString("Không tìm thấy phản ánh")));
    }

    @Test
    void missingContactAnExecutableRenamedAsAPhotoAndABotAreRefusedAndNothingIsStored() throws Exception {
        long before = feedbacks.count();
        mvc.perform(multipart("/portal/feedback/new").with(csrf()).param("text", "Cây đổ chắn ngang đường Láng")
                        .param("consentProcessing", "on"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng cho biết họ và tên.")))
                .andExpect(content().string(containsString("Vui lòng cho biết số điện thoại")));
        byte[] executable = {0x4D, 0x5A, (byte) 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, (byte) 0xFF, (byte) 0xFF};
        mvc.perform(form("Cây đổ chắn ngang đường Láng sau cơn giông", "0912000111")
                        .file(new MockMultipartFile("photos", "anh.jpg", "image/jpeg", executable)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(form("Cây đổ chắn ngang đường Láng sau cơn giông", "0912000112").param("website", "http://spam.example"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không thể tiếp nhận phản ánh này.")));
        assertThat(feedbacks.count()).isEqualTo(before);
    }

    private static MockMultipartHttpServletRequestBuilder form(String text, String phone) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/portal/feedback/new").with(csrf())
                .param("text", text).param("senderName", "Vũ Minh Khoa").param("senderPhone", phone)
                .param("address", "Phố Tràng Tiền").param("consentProcessing", "on");
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
