package vn.cityhall.knowledge.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.cityhall.DatabaseTest;
import vn.cityhall.knowledge.internal.EntryContent;
import vn.cityhall.knowledge.internal.EntryEditing;
import vn.cityhall.knowledge.internal.KnowledgeCategory;

/** The public Q&amp;A page, without signing in. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class PortalQuestionsPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntryEditing editing;

    @Test
    void anyoneSearchesWithoutAccentsAndGetsTheRightAnswerFirstWithItsSources() throws Exception {
        mvc.perform(get("/portal/questions").param("q", "thu tuc dang ky khai sinh"))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern(
                        "(?s).*knowledge-questions.*?<summary[^>]*>Thủ tục đăng ký khai sinh cho con như thế nào\\?</summary>.*")))
                .andExpect(content().string(containsString("href=\"https://dichvucong.gov.vn/\"")))
                .andExpect(content().string(containsString("Trong thời hạn 60 ngày kể từ ngày sinh con")));
    }

    @Test
    void anUnrelatedQuestionSaysHowToReachAnOfficial() throws Exception {
        mvc.perform(get("/portal/questions").param("q", "cách nấu phở bò ngon"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa có câu trả lời phù hợp")))
                .andExpect(content().string(containsString("Bộ phận một cửa")))
                .andExpect(content().string(not(containsString("knowledge-questions"))));
    }

    @Test
    void listsTheCommonQuestionsInEnglishTooAndNeverADraft() throws Exception {
        editing.create(new EntryContent("Câu hỏi nháp về khai sinh chưa công bố?", "Nháp.", KnowledgeCategory.HO_TICH,
                List.of("khai sinh"), List.of()));
        mvc.perform(get("/portal/questions").param("category", "HO_TICH").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Common questions")))
                .andExpect(content().string(containsString("Thủ tục đăng ký khai sinh cho con như thế nào?")))
                .andExpect(content().string(not(containsString("Câu hỏi nháp"))));
        mvc.perform(get("/portal/questions").param("q", "cau hoi nhap khai sinh chua cong bo"))
                .andExpect(content().string(not(containsString("Câu hỏi nháp"))));
        mvc.perform(get("/portal")).andExpect(content().string(containsString("href=\"/portal/questions\"")));
    }
}
