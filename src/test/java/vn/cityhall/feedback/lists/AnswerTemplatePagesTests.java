package vn.cityhall.feedback.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import vn.cityhall.feedback.AnswerTemplate;
import vn.cityhall.feedback.AnswerTemplates;
import vn.cityhall.feedback.FeedbackCategories;
import vn.cityhall.feedback.FeedbackCategory;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class AnswerTemplatePagesTests {

    private static final String PATH = "/admin/feedback/answer-templates";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    AnswerTemplates templates;

    @Autowired
    FeedbackCategories categories;

    @Test
    void administratorsAndFeedbackOperatorsKeepTheTemplatesAndNobodyElse() throws Exception {
        for (String keeper : new String[] {"admin", "tiepnhan"}) {
            mvc.perform(get(PATH).with(as(accounts, keeper)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("Đã xử lý xong"), containsString("Mọi lĩnh vực"))));
        }
        for (String other : new String[] {"canbo.hoankiem", "chuyenvien.sxd"}) {
            mvc.perform(get(PATH).with(as(accounts, other))).andExpect(status().isForbidden());
            mvc.perform(post(PATH + "/new").with(csrf()).with(as(accounts, other)).param("title", "Mẫu lạ")
                    .param("body", "Nội dung")).andExpect(status().isForbidden());
        }
    }

    @Test
    void anOperatorAddsATemplateForACategoryThenWidensAndRetiresIt() throws Exception {
        FeedbackCategory traffic = categories.findAll().stream().filter(c -> c.code().equals("GIAO_THONG")).findFirst()
                .orElseThrow();
        String title = "Đèn tín hiệu đã sửa " + ListFixtures.code("T");
        mvc.perform(post(PATH + "/new").with(csrf()).with(as(accounts, "tiepnhan"))
                        .param("categoryId", String.valueOf(traffic.id())).param("title", title)
                        .param("body", "Ngày {date}, {unit} đã sửa đèn tín hiệu tại nút giao.").param("active", "on"))
                .andExpect(redirectedUrl(PATH));
        AnswerTemplate added = byTitle(title);
        assertThat(added.categoryId()).isEqualTo(traffic.id());
        assertThat(templates.usableFor(traffic.id())).extracting(AnswerTemplate::title).contains(title);

        mvc.perform(post(PATH + "/" + added.id()).with(csrf()).with(as(accounts, "admin")).param("categoryId", "")
                        .param("title", title).param("body", added.body()).param("version", String.valueOf(added.version())))
                .andExpect(redirectedUrl(PATH));
        AnswerTemplate edited = byTitle(title);
        assertThat(edited.categoryId()).as("for every category").isNull();
        assertThat(edited.isActive()).isFalse();
        assertThat(templates.usableFor(traffic.id())).extracting(AnswerTemplate::title).doesNotContain(title);
    }

    @Test
    void aBadEditIsRefusedAndChangesNothing() throws Exception {
        AnswerTemplate template = templates.save(AnswerTemplate.create(new AnswerTemplate.Details(null,
                "Mẫu thử " + ListFixtures.code("T"), "Nội dung ban đầu.", true)));
        mvc.perform(post(PATH + "/" + template.id()).with(csrf()).with(as(accounts, "tiepnhan"))
                        .param("categoryId", "987654").param("title", template.title()).param("body", "Nội dung mới.")
                        .param("active", "on").param("version", String.valueOf(template.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lĩnh vực đã chọn không có.")));
        mvc.perform(post(PATH + "/" + template.id() + "?lang=en").with(csrf()).with(as(accounts, "tiepnhan"))
                        .param("title", " ").param("body", "y".repeat(5001)).param("version", String.valueOf(template.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Please fill in this field."),
                        containsString("Too long: at most 5,000 characters."))));
        AnswerTemplate unchanged = templates.findById(template.id()).orElseThrow();
        assertThat(unchanged.body()).isEqualTo("Nội dung ban đầu.");
        assertThat(unchanged.isActive()).isTrue();
        assertThat(unchanged.version()).isEqualTo(template.version());
    }

    private AnswerTemplate byTitle(String title) {
        return templates.findAll().stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
    }
}
