package vn.cityhall.feedback.lists;

import static org.assertj.core.api.Assertions.assertThat;
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

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.cityhall.DatabaseTest;
import vn.cityhall.feedback.RejectReason;
import vn.cityhall.feedback.RejectReasons;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class RejectReasonPagesTests {

    private static final String PATH = "/admin/feedback/reject-reasons";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    RejectReasons reasons;

    @Test
    void administratorsAndFeedbackOperatorsKeepTheReasonsAndNobodyElse() throws Exception {
        for (String keeper : new String[] {"admin", "tiepnhan"}) {
            mvc.perform(get(PATH).with(as(accounts, keeper)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("data-code=\"OUT_OF_SCOPE\""),
                            containsString("quản trị hệ thống và cán bộ tiếp nhận phản ánh cùng duy trì"))));
            mvc.perform(get(PATH + "/new").with(as(accounts, keeper))).andExpect(status().isOk());
            mvc.perform(get("/").with(as(accounts, keeper)))
                    .andExpect(content().string(containsString("href=\"" + PATH + "\"")));
        }
        long insufficient = reasons.findByCode("INSUFFICIENT").orElseThrow().id();
        for (String other : new String[] {"canbo.hoankiem", "chutich", "giamdoc.sxd"}) {
            mvc.perform(get(PATH).with(as(accounts, other))).andExpect(status().isForbidden());
            mvc.perform(post(PATH + "/" + insufficient).with(csrf()).with(as(accounts, other))
                    .param("name", "Sửa trộm")).andExpect(status().isForbidden());
        }
        assertThat(reasons.findByCode("INSUFFICIENT").orElseThrow().name()).isEqualTo("Không đủ thông tin");
    }

    @Test
    void anOperatorAddsAReasonAndRetiresIt() throws Exception {
        String code = ListFixtures.code("TRUNG_KENH");
        mvc.perform(post(PATH + "/new").with(csrf()).with(as(accounts, "tiepnhan"))
                        .param("code", code).param("name", "Đã gửi qua kênh khác").param("nameEn", "Sent through another channel")
                        .param("answer", "Phản ánh đã được tiếp nhận qua Zalo.").param("answerEn", "Received through Zalo.")
                        .param("active", "on").param("sortOrder", "50"))
                .andExpect(redirectedUrl(PATH))
                .andExpect(flash().attribute("notice", "Đã thêm lý do từ chối „Đã gửi qua kênh khác“."));
        RejectReason added = reasons.findByCode(code).orElseThrow();
        assertThat(reasons.findByActiveTrueOrderBySortOrderAsc()).extracting(RejectReason::code).contains(code);

        mvc.perform(post(PATH + "/" + added.id()).with(csrf()).with(as(accounts, "admin"))
                        .param("name", "Đã gửi qua kênh khác").param("nameEn", "Sent through another channel")
                        .param("answer", "Phản ánh đã được tiếp nhận qua kênh Zalo của thành phố.")
                        .param("answerEn", "Received through the city's Zalo channel.").param("sortOrder", "55")
                        .param("version", String.valueOf(added.version())))
                .andExpect(redirectedUrl(PATH));
        RejectReason retired = reasons.findByCode(code).orElseThrow();
        assertThat(retired.isActive()).isFalse();
        assertThat(retired.answer()).isEqualTo("Phản ánh đã được tiếp nhận qua kênh Zalo của thành phố.");
        assertThat(retired.sortOrder()).isEqualTo(55);
        assertThat(reasons.findByActiveTrueOrderBySortOrderAsc()).extracting(RejectReason::code).doesNotContain(code);
    }

    @Test
    void aBadEditIsRefusedAndChangesNothing() throws Exception {
        RejectReason before = reasons.findByCode("DUPLICATE").orElseThrow();
        mvc.perform(post(PATH + "/" + before.id()).with(csrf()).with(as(accounts, "tiepnhan"))
                        .param("name", "Trùng").param("nameEn", "Duplicate").param("answer", " ")
                        .param("answerEn", "x".repeat(2001)).param("active", "on").param("sortOrder", "ba mươi")
                        .param("version", String.valueOf(before.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Vui lòng nhập thông tin này."),
                        containsString("Quá dài: tối đa 2.000 ký tự."), containsString("Thứ tự phải là số nguyên"))));
        mvc.perform(post(PATH + "/" + before.id()).with(csrf()).with(as(accounts, "tiepnhan"))
                        .param("name", "Trùng").param("nameEn", "Duplicate").param("answer", "Trùng.")
                        .param("answerEn", "Duplicate.").param("active", "on").param("sortOrder", "30")
                        .param("version", String.valueOf(before.version() + 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mục này vừa được người khác thay đổi")));
        mvc.perform(post(PATH + "/new").with(csrf()).with(as(accounts, "tiepnhan"))
                        .param("code", "DUPLICATE").param("name", "Trùng").param("nameEn", "Duplicate")
                        .param("answer", "Trùng.").param("answerEn", "Duplicate.").param("sortOrder", "30"))
                .andExpect(content().string(containsString("Mã „DUPLICATE“ đã được dùng.")));
        RejectReason after = reasons.findByCode("DUPLICATE").orElseThrow();
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.answer()).isEqualTo(before.answer());
        assertThat(after.version()).isEqualTo(before.version());
    }
}
