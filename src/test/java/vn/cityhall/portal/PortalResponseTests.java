package vn.cityhall.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.cityhall.DatabaseTest;
import vn.cityhall.feedback.FeedbackCategories;
import vn.cityhall.feedback.FeedbackChannel;
import vn.cityhall.feedback.FeedbackIntake;
import vn.cityhall.feedback.FeedbackLevel;
import vn.cityhall.feedback.FeedbackReceipt;
import vn.cityhall.feedback.FeedbackStatus;
import vn.cityhall.feedback.FeedbackSubmission;
import vn.cityhall.feedback.Feedbacks;
import vn.cityhall.feedback.Handling;
import vn.cityhall.feedback.Screening;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.tasks.Tasks;

/** The sender reads the answer from the private link, rates it or asks for it to be handled again. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class PortalResponseTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackIntake intake;

    @Autowired
    Screening screening;

    @Autowired
    Handling handling;

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

    @Test
    void theSenderSeesTheAnswerAndRatesIt() throws Exception {
        FeedbackReceipt receipt = answered("Vỉa hè phố Hàng Bạc bị lún sụt, người đi bộ phải xuống lòng đường", "0903000001");
        String link = "/portal/feedback/" + receipt.code();
        mvc.perform(get(link).param("t", receipt.accessToken()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phường đã lát lại vỉa hè phố Hàng Bạc.")))
                .andExpect(content().string(containsString("Gửi đánh giá")))
                .andExpect(content().string(not(containsString("Lý Thị Quỳnh"))));
        mvc.perform(post(link + "/rating").with(csrf()).param("t", "wrong").param("rating", "5"))
                .andExpect(status().isNotFound());
        mvc.perform(post(link + "/rating").with(csrf()).param("t", receipt.accessToken()).param("rating", "9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy chọn mức đánh giá từ 1 đến 5.")));
        assertThat(feedbacks.findByCode(receipt.code()).orElseThrow().rating()).isNull();
        mvc.perform(post(link + "/rating").with(csrf()).param("t", receipt.accessToken()).param("rating", "4")
                .param("comment", "Làm nhanh")).andExpect(status().is3xxRedirection());
        assertThat(feedbacks.findByCode(receipt.code()).orElseThrow().rating()).isEqualTo(4);
    }

    @Test
    void theSenderAsksForItToBeHandledAgain() throws Exception {
        FeedbackReceipt receipt = answered("Đèn tín hiệu giao thông ngã tư Hàng Bài nhấp nháy sai", "0903000002");
        String link = "/portal/feedback/" + receipt.code();
        mvc.perform(post(link + "/reopen").with(csrf()).param("t", receipt.accessToken()).param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nêu lý do chưa hài lòng")));
        mvc.perform(post(link + "/reopen").with(csrf()).param("t", receipt.accessToken())
                .param("reason", "Đèn vẫn nhấp nháy sai")).andExpect(status().is3xxRedirection());
        assertThat(feedbacks.findByCode(receipt.code()).orElseThrow().status()).isEqualTo(FeedbackStatus.ASSIGNED);
        mvc.perform(get(link).param("t", receipt.accessToken()))
                .andExpect(content().string(containsString("Người gửi đề nghị xử lý lại")));
    }

    private FeedbackReceipt answered(String text, String phone) {
        long category = categories.findAll().stream().filter(c -> c.code().equals("MOI_TRUONG")).findFirst().orElseThrow().id();
        long ward = directory.unitByCode("00070").orElseThrow().id().value();
        long division = directory.unitByCode("00070.KTHTDT").orElseThrow().id().value();
        FeedbackReceipt receipt = intake.submit(new FeedbackSubmission(FeedbackChannel.PORTAL, text, category, ward, null,
                null, null, "Hoàng Thị Lan", phone, null, true, true, List.of(), null));
        screening.accept(receipt.code(), new Screening.Acceptance(category, FeedbackLevel.NORMAL, ward, division, Set.of(),
                null), user("tiepnhan"));
        String round = feedbacks.findByCode(receipt.code()).orElseThrow().obligationId();
        await().atMost(Duration.ofSeconds(10)).until(() -> tasks.findBySource("feedback", "feedback.handling", round)
                .size() == 1);
        handling.submitAnswer(receipt.code(), "Phường đã lát lại vỉa hè phố Hàng Bạc.", user("canbo.hoankiem"));
        handling.decide(receipt.code(), true, null, user("chutich.hoankiem"));
        return receipt;
    }

    private StaffUser user(String username) {
        return (StaffUser) accounts.loadUserByUsername(username);
    }
}
