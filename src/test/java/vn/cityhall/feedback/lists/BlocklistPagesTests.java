package vn.cityhall.feedback.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.cityhall.feedback.lists.ListFixtures.as;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import vn.cityhall.DatabaseTest;
import vn.cityhall.feedback.BlockedSender;
import vn.cityhall.feedback.BlockedSenders;
import vn.cityhall.feedback.FeedbackChannel;
import vn.cityhall.feedback.FeedbackIntake;
import vn.cityhall.feedback.FeedbackInvalid;
import vn.cityhall.feedback.FeedbackSubmission;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
@RecordApplicationEvents
class BlocklistPagesTests {

    private static final String PATH = "/feedback/blocklist";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    BlockedSenders blocked;

    @Autowired
    FeedbackIntake intake;

    @Test
    void onlyFeedbackOperatorsKeepTheBlocklist() throws Exception {
        mvc.perform(get(PATH).with(as(accounts, "tiepnhan"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Danh sách chặn")));
        mvc.perform(get("/").with(as(accounts, "tiepnhan"))).andExpect(content().string(containsString("href=\"" + PATH + "\"")));
        long before = blocked.count();
        for (String other : new String[] {"admin", "canbo.hoankiem", "chutich.hoankiem"}) {
            mvc.perform(get(PATH).with(as(accounts, other))).andExpect(status().isForbidden());
            mvc.perform(post(PATH).with(csrf()).with(as(accounts, other)).param("kind", "PHONE")
                    .param("sender", ListFixtures.phone()).param("reason", "Thử")).andExpect(status().isForbidden());
        }
        mvc.perform(post(PATH).with(as(accounts, "tiepnhan")).param("kind", "PHONE").param("sender", ListFixtures.phone())
                .param("reason", "Không có mã CSRF")).andExpect(status().isForbidden());
        assertThat(blocked.count()).isEqualTo(before);
    }

    @Test
    void aPhoneBlockedThroughThePageIsRefusedAtIntakeUntilItIsUnblocked(ApplicationEvents events) throws Exception {
        String phone = ListFixtures.phone();
        String typed = "+84 " + phone.substring(1, 4) + " " + phone.substring(4, 7) + " " + phone.substring(7);
        mvc.perform(post(PATH).with(csrf()).with(as(accounts, "tiepnhan")).param("kind", "PHONE").param("sender", typed)
                        .param("reason", "Gửi nội dung xúc phạm nhiều lần (PA-2026-000012, PA-2026-000015)"))
                .andExpect(redirectedUrl(PATH))
                .andExpect(flash().attribute("notice", "Đã chặn " + phone + "."));
        BlockedSender entry = blocked.findAll().stream().filter(b -> b.sender().equals(phone)).findFirst().orElseThrow();
        assertThat(entry.kind()).isEqualTo(BlockedSender.Kind.PHONE);
        mvc.perform(get(PATH).param("q", phone.substring(3)).with(as(accounts, "tiepnhan")))
                .andExpect(content().string(allOf(containsString(phone), containsString("Gửi nội dung xúc phạm nhiều lần"),
                        containsString("Hoàng Quốc Hùng"))));

        assertThatThrownBy(() -> intake.submit(submission(phone.substring(0, 4) + "." + phone.substring(4), null)))
                .isInstanceOfSatisfying(FeedbackInvalid.class, invalid -> assertThat(invalid.errors())
                        .extracting(FeedbackInvalid.FieldError::messageKey).containsExactly("feedback.error.blocked"));
        assertThat(events.stream(SenderBlocked.class)).singleElement().satisfies(event -> {
            assertThat(event.auditTargetId()).isEqualTo(String.valueOf(entry.id()));
            assertThat(event.auditDetail()).isEqualTo("kind=PHONE").doesNotContain(phone.substring(4));
            assertThat(event.actor().username()).isEqualTo("tiepnhan");
        });

        mvc.perform(post(PATH + "/" + entry.id() + "/remove").with(csrf()).with(as(accounts, "tiepnhan")))
                .andExpect(redirectedUrl(PATH))
                .andExpect(flash().attribute("notice", "Đã bỏ chặn " + phone + "."));
        assertThat(intake.submit(submission(phone, null)).code()).startsWith("PA-");
        assertThat(events.stream(SenderUnblocked.class)).singleElement()
                .satisfies(event -> assertThat(event.auditTargetId()).isEqualTo(String.valueOf(entry.id())));
        mvc.perform(post(PATH + "/" + entry.id() + "/remove").with(csrf()).with(as(accounts, "tiepnhan")))
                .andExpect(flash().attribute("problem", "Mục này đã được bỏ chặn trước đó."));
    }

    @Test
    void anIpv6AddressIsBlockedInTheFormTheServerReports() throws Exception {
        String suffix = Integer.toHexString((int) (System.nanoTime() & 0xfff));
        mvc.perform(post(PATH).with(csrf()).with(as(accounts, "tiepnhan")).param("kind", "ADDRESS")
                        .param("sender", "2001:DB8::" + suffix).param("reason", "Gửi tự động hàng trăm phản ánh"))
                .andExpect(redirectedUrl(PATH));
        assertThatThrownBy(() -> intake.submit(submission(ListFixtures.phone(), "2001:db8:0:0:0:0:0:" + suffix)))
                .isInstanceOfSatisfying(FeedbackInvalid.class, invalid -> assertThat(invalid.errors())
                        .extracting(FeedbackInvalid.FieldError::messageKey).containsExactly("feedback.error.blocked"));
    }

    @Test
    void mistakesAreRefusedFieldByFieldAndNothingIsStored() throws Exception {
        String phone = ListFixtures.phone();
        mvc.perform(post(PATH).with(csrf()).with(as(accounts, "tiepnhan")).param("kind", "PHONE").param("sender", phone)
                .param("reason", "Tin rác")).andExpect(redirectedUrl(PATH));
        long before = blocked.count();
        mvc.perform(post(PATH).with(csrf()).with(as(accounts, "tiepnhan")).param("kind", "PHONE").param("sender", "123")
                        .param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("„123“ không phải số điện thoại Việt Nam hợp lệ"),
                        containsString("Vui lòng nhập thông tin này."))));
        mvc.perform(post(PATH + "?lang=en").with(csrf()).with(as(accounts, "tiepnhan")).param("kind", "ADDRESS")
                        .param("sender", "cityhall.example").param("reason", "Spam"))
                .andExpect(content().string(containsString("\"cityhall.example\" is not a valid IPv4 or IPv6 address")));
        mvc.perform(post(PATH).with(csrf()).with(as(accounts, "tiepnhan")).param("kind", "PHONE")
                        .param("sender", "0" + phone.substring(1, 4) + " " + phone.substring(4)).param("reason", "Lần nữa"))
                .andExpect(content().string(containsString("„" + phone + "“ đã có trong danh sách chặn.")));
        mvc.perform(post(PATH).with(csrf()).with(as(accounts, "tiepnhan")).param("sender", phone).param("reason", "Lạ"))
                .andExpect(content().string(containsString("Vui lòng chọn chặn theo số điện thoại hay địa chỉ mạng.")));
        assertThat(blocked.count()).isEqualTo(before);
    }

    private static FeedbackSubmission submission(String phone, String address) {
        return new FeedbackSubmission(FeedbackChannel.API, "Đường Láng ngập sâu sau cơn mưa chiều nay", null, null, null,
                null, null, "Trần Văn Bình", phone, null, true, false, List.of(), address);
    }
}
