package vn.cityhall.feedback.lists;

import static org.assertj.core.api.Assertions.assertThat;
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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.cityhall.DatabaseTest;
import vn.cityhall.feedback.CategoryQuestion;
import vn.cityhall.feedback.CategoryQuestions;
import vn.cityhall.feedback.FeedbackCategories;
import vn.cityhall.feedback.FeedbackCategory;
import vn.cityhall.feedback.FeedbackChannel;
import vn.cityhall.feedback.FeedbackIntake;
import vn.cityhall.feedback.FeedbackSubmission;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class QuestionPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    FeedbackCategories categories;

    @Autowired
    CategoryQuestions questions;

    @Autowired
    FeedbackIntake intake;

    @Autowired
    JdbcTemplate jdbc;

    FeedbackCategory category;
    String base;

    @BeforeEach
    void aCategory() {
        category = categories.save(FeedbackCategory.create(ListFixtures.code("VIA_HE"), new FeedbackCategory.Details(
                "Vỉa hè", "Pavements", null, FeedbackCategory.Handler.COMMUNE, null, null, false, true, 140)));
        base = "/admin/feedback/categories/" + category.id();
    }

    @Test
    void choicesAreCheckedEntryByEntryAndStoredInOneForm() throws Exception {
        mvc.perform(post(base + "/questions/new").with(csrf()).with(as(accounts, "admin"))
                        .param("code", "SINCE").param("label", "Từ khi nào?").param("labelEn", "Since when?")
                        .param("kind", "CHOICE").param("choices", "TODAY=Hôm nay|Today\nWEEK=Tuần này")
                        .param("sortOrder", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lựa chọn „WEEK=Tuần này“ không đúng dạng")));
        mvc.perform(post(base + "/questions/new?lang=en").with(csrf()).with(as(accounts, "admin"))
                        .param("code", "SINCE").param("label", "Từ khi nào?").param("labelEn", "Since when?")
                        .param("kind", "CHOICE").param("choices", "TODAY=Hôm nay|Today;TODAY=Hôm qua|Yesterday")
                        .param("sortOrder", "10"))
                .andExpect(content().string(containsString("The choice key \"TODAY\" appears twice.")));
        mvc.perform(post(base + "/questions/new").with(csrf()).with(as(accounts, "admin"))
                        .param("code", "NOTE").param("label", "Ghi chú").param("labelEn", "Note").param("kind", "TEXT")
                        .param("choices", "A=Một|One;B=Hai|Two").param("sortOrder", "10"))
                .andExpect(content().string(containsString("Chỉ câu hỏi loại chọn một trong danh sách mới có các lựa chọn.")));
        assertThat(questions.findByCategoryIdOrderBySortOrderAscIdAsc(category.id())).isEmpty();

        mvc.perform(post(base + "/questions/new").with(csrf()).with(as(accounts, "admin"))
                        .param("code", "SINCE").param("label", "Từ khi nào?").param("labelEn", "Since when?")
                        .param("kind", "CHOICE").param("choices", " TODAY = Hôm nay | Today \r\nWEEK=Tuần này|This week\r\n")
                        .param("required", "on").param("sortOrder", "10"))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("notice", "Đã thêm câu hỏi „Từ khi nào?“."));
        CategoryQuestion stored = questions.findByCategoryIdOrderBySortOrderAscIdAsc(category.id()).get(0);
        assertThat(stored.choicesText()).isEqualTo("TODAY=Hôm nay|Today;WEEK=Tuần này|This week");
        assertThat(stored.required()).isTrue();

        mvc.perform(post(base + "/questions/new").with(csrf()).with(as(accounts, "admin"))
                        .param("code", "SINCE").param("label", "Lại hỏi").param("labelEn", "Again").param("kind", "TEXT")
                        .param("sortOrder", "20"))
                .andExpect(content().string(containsString("Mã „SINCE“ đã được dùng.")));
        assertThat(questions.findByCategoryIdOrderBySortOrderAscIdAsc(category.id())).hasSize(1);
    }

    @Test
    void questionsAreReorderedByTheirNumber() throws Exception {
        CategoryQuestion width = questions.save(CategoryQuestion.ask(category.id(), "WIDTH",
                new CategoryQuestion.Details("Vỉa hè rộng bao nhiêu mét?", "How wide is it (m)?",
                        CategoryQuestion.Kind.NUMBER, null, false, 10)));
        CategoryQuestion shop = questions.save(CategoryQuestion.ask(category.id(), "SHOP",
                new CategoryQuestion.Details("Tên cửa hàng lấn chiếm", "Name of the shop", CategoryQuestion.Kind.TEXT,
                        null, false, 20)));
        mvc.perform(post(base + "/questions/" + shop.id()).with(csrf()).with(as(accounts, "admin"))
                        .param("label", "Tên cửa hàng lấn chiếm").param("labelEn", "Name of the shop")
                        .param("kind", "TEXT").param("sortOrder", "5").param("version", String.valueOf(shop.version())))
                .andExpect(redirectedUrl(base));
        assertThat(questions.findByCategoryIdOrderBySortOrderAscIdAsc(category.id())).extracting(CategoryQuestion::code)
                .containsExactly("SHOP", "WIDTH");
        String page = mvc.perform(get(base).with(as(accounts, "admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("data-code=\"SHOP\"")).isPositive().isLessThan(page.indexOf("data-code=\"WIDTH\""));
        assertThat(width.code()).isEqualTo("WIDTH");
    }

    @Test
    void aQuestionSomeItemAnsweredCannotBeRemoved() throws Exception {
        CategoryQuestion answered = questions.save(CategoryQuestion.ask(category.id(), "SINCE",
                new CategoryQuestion.Details("Từ khi nào?", "Since when?", CategoryQuestion.Kind.TEXT, null, false, 10)));
        CategoryQuestion unanswered = questions.save(CategoryQuestion.ask(category.id(), "WHO",
                new CategoryQuestion.Details("Ai lấn chiếm?", "Who?", CategoryQuestion.Kind.TEXT, null, false, 20)));
        long item = intake.submit(new FeedbackSubmission(FeedbackChannel.API, "Vỉa hè bị lấn chiếm làm nơi để xe",
                category.id(), null, null, null, null, "Lê Thị Hoa", ListFixtures.phone(), null, true, false, List.of(),
                null)).id();
        jdbc.update("insert into feedback_item_answer (item_id, question_id, answer) values (?, ?, ?)", item,
                answered.id(), "Hai tuần nay");

        mvc.perform(post(base + "/questions/" + answered.id() + "/remove").with(csrf()).with(as(accounts, "admin")))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("problem", containsString("Không xóa được câu hỏi „Từ khi nào?“")));
        mvc.perform(post(base + "/questions/" + unanswered.id() + "/remove").with(csrf()).with(as(accounts, "admin")))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("notice", "Đã xóa câu hỏi „Ai lấn chiếm?“."));
        assertThat(questions.findByCategoryIdOrderBySortOrderAscIdAsc(category.id())).extracting(CategoryQuestion::code)
                .containsExactly("SINCE");
    }

    @Test
    void onlySystemAdministratorsKeepTheQuestions() throws Exception {
        CategoryQuestion question = questions.save(CategoryQuestion.ask(category.id(), "SINCE",
                new CategoryQuestion.Details("Từ khi nào?", "Since when?", CategoryQuestion.Kind.TEXT, null, false, 10)));
        mvc.perform(get(base + "/questions/new").with(as(accounts, "tiepnhan"))).andExpect(status().isForbidden());
        mvc.perform(post(base + "/questions/" + question.id() + "/remove").with(csrf()).with(as(accounts, "tiepnhan")))
                .andExpect(status().isForbidden());
        // Without the CSRF token.
        mvc.perform(post(base + "/questions/" + question.id() + "/remove").with(as(accounts, "admin")))
                .andExpect(status().isForbidden());
        assertThat(questions.existsById(question.id())).isTrue();
        long otherCategory = categories.findByActiveTrueOrderBySortOrderAsc().get(0).id();
        mvc.perform(get("/admin/feedback/categories/" + otherCategory + "/questions/" + question.id())
                .with(as(accounts, "admin"))).andExpect(status().isNotFound());
    }
}
