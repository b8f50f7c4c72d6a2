package vn.cityhall.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.cityhall.DatabaseTest;
import vn.cityhall.feedback.FeedbackStatus;
import vn.cityhall.feedback.Feedbacks;
import vn.cityhall.organization.OrganizationDirectory;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class OperatorIntakePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Feedbacks feedbacks;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    OrganizationDirectory directory;

    @Test
    void anOperatorEntersAPhoneCallAndReadsTheTrackingCodeBack() throws Exception {
        String commune = String.valueOf(directory.unitByCode("00070").orElseThrow().id().value());
        mvc.perform(get("/feedback/new").with(as("tiepnhan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhập phản ánh, kiến nghị")))
                .andExpect(content().string(containsString(">Phường Hoàn Kiếm<")));
        String notice = (String) mvc.perform(post("/feedback/new").with(csrf()).with(as("tiepnhan"))
                        .param("text", "Đèn chiếu sáng phố Hàng Gai hỏng ba hôm nay, buổi tối rất tối")
                        .param("communeId", commune).param("address", "Phố Hàng Gai")
                        .param("senderName", "Đỗ Thị Mai").param("senderPhone", "0904 111 222")
                        .param("consentProcessing", "on"))
                .andExpect(redirectedUrl("/feedback/new"))
                .andExpect(flash().attribute("notice", containsString("mã theo dõi PA-")))
                .andReturn().getFlashMap().get("notice");
        String code = notice.replaceAll(".*(PA-\\d{4}-\\d{6}).*", "$1");
        mvc.perform(get("/feedback/queue").param("page", String.valueOf(lastPage())).with(as("tiepnhan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-code=\"" + code + "\"")))
                .andExpect(content().string(containsString("Điện thoại, trực tiếp")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*(Còn \\d+ giờ \\d+ phút làm việc|Quá hạn tiếp nhận).*")));
        assertThat(feedbacks.findByCode(code)).hasValueSatisfying(item -> {
            assertThat(item.senderPhone()).isEqualTo("0904111222");
            assertThat(item.communeId()).isEqualTo(Long.valueOf(commune));
            assertThat(item.consentPublishing()).isFalse();
        });
    }

    @Test
    void mistakesComeBackOnTheFormFieldByFieldAndNothingIsStored() throws Exception {
        long before = feedbacks.count();
        mvc.perform(post("/feedback/new").with(csrf()).with(as("tiepnhan"))
                        .param("text", "Ồn quá").param("senderName", "Hà Văn Tùng").param("senderPhone", "123"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng mô tả nội dung phản ánh (ít nhất 10 ký tự).")))
                .andExpect(content().string(containsString("Số điện thoại không hợp lệ")))
                .andExpect(content().string(containsString("Cần đồng ý cho cơ quan xử lý thông tin liên hệ")))
                .andExpect(content().string(containsString("value=\"Hà Văn Tùng\"")));
        mvc.perform(post("/feedback/new").with(csrf()).with(as("tiepnhan")).header("Accept-Language", "en")
                        .param("text", "x").param("lang", "en"))
                .andExpect(content().string(containsString("Please give a phone number")));
        assertThat(feedbacks.count()).isEqualTo(before);
    }

    @Test
    void onlyFeedbackOperatorsEnterFeedback() throws Exception {
        mvc.perform(get("/feedback/new").with(as("canbo.hoankiem"))).andExpect(status().isForbidden());
        mvc.perform(get("/feedback/queue").with(as("canbo.hoankiem"))).andExpect(status().isForbidden());
        mvc.perform(get("/").with(as("canbo.hoankiem")))
                .andExpect(content().string(not(containsString("href=\"/feedback/new\""))));
        mvc.perform(get("/").with(as("tiepnhan"))).andExpect(content().string(containsString("href=\"/feedback/new\"")));
    }

    /** The queue page holding the newest items (the queue is in deadline order, so the newest come last). */
    private long lastPage() {
        long received = feedbacks.findAll().stream().filter(item -> item.status() == FeedbackStatus.RECEIVED)
                .count();
        return Math.max(0, (received - 1) / ScreeningQueueController.PAGE_SIZE);
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
