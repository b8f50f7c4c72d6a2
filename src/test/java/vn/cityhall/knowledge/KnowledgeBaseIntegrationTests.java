package vn.cityhall.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import vn.cityhall.DatabaseTest;
import vn.cityhall.knowledge.internal.EntryContent;
import vn.cityhall.knowledge.internal.EntryEditing;
import vn.cityhall.knowledge.internal.KnowledgeCategory;

/** The search citizens use, on the seeded entries of V120 and on entries made here. */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class KnowledgeBaseIntegrationTests {

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    EntryEditing editing;

    @Test
    void findsBirthRegistrationFirstWithoutAccents() {
        List<KnowledgeAnswer> answers = knowledge.answer("thu tuc dang ky khai sinh", 3);
        assertThat(answers).isNotEmpty();
        assertThat(answers.get(0).question()).isEqualTo("Thủ tục đăng ký khai sinh cho con như thế nào?");
        assertThat(answers.get(0).links()).extracting(SourceLink::url).contains("https://dichvucong.gov.vn/");
        assertThat(answers.get(0).excerpt()).startsWith("Trong thời hạn 60 ngày").hasSizeLessThanOrEqualTo(280)
                .endsWith("…");
    }

    @Test
    void findsTheSameEntryWhateverTheWordOrderAndUnicodeForm() {
        long birth = knowledge.answer("thủ tục đăng ký khai sinh", 1).get(0).id();
        assertThat(knowledge.answer("khai sinh dang ky thu tuc", 1)).extracting(KnowledgeAnswer::id).containsExactly(birth);
        assertThat(knowledge.answer(Normalizer.normalize("Đăng ký khai sinh cho con", Normalizer.Form.NFD), 1))
                .extracting(KnowledgeAnswer::id).containsExactly(birth);
        assertThat(knowledge.answer("Cho tôi hỏi con mới sinh thì làm giấy khai sinh ở đâu?", 1))
                .extracting(KnowledgeAnswer::id).containsExactly(birth);
    }

    @Test
    void answersTheCommonQuestionsWithTheRightEntry() {
        assertThat(first("khiếu nại quyết định hành chính gửi đâu")).contains("khiếu nại");
        assertThat(first("to cao can bo vi pham")).startsWith("Tố cáo");
        assertThat(first("dang ky tam tru")).isEqualTo("Khi nào phải đăng ký tạm trú?");
        assertThat(first("xin giay phep xay dung nha o")).startsWith("Xây nhà ở riêng lẻ");
        assertThat(first("phan anh bao lau thi duoc tra loi")).isEqualTo("Phản ánh được xử lý trong bao lâu?");
        assertThat(first("làm căn cước")).startsWith("Thẻ căn cước");
    }

    @Test
    void anUnrelatedQuestionGetsNothing() {
        assertThat(knowledge.answer("cách nấu phở bò ngon", 5)).isEmpty();
        assertThat(knowledge.answer("giá vàng hôm nay bao nhiêu", 5)).isEmpty();
        assertThat(knowledge.answer("hộ chiếu", 5)).as("'hộ' and 'chiếu' apart in other entries").isEmpty();
        assertThat(knowledge.answer("thủ tục ly hôn", 5)).as("no entry on divorce, only on procedures").isEmpty();
        assertThat(knowledge.answer("cho tôi hỏi với ạ", 5)).isEmpty();
        assertThat(knowledge.answer("  ", 5)).isEmpty();
        assertThat(knowledge.answer(null, 5)).isEmpty();
    }

    @Test
    void draftsAreNeverReturnedAndUnpublishedEntriesDisappear() {
        long id = editing.create(new EntryContent("Quy định về nuôi chim bồ câu trên sân thượng?",
                "Nuôi chim bồ câu trên sân thượng phải giữ vệ sinh chung.", KnowledgeCategory.MOI_TRUONG,
                List.of("chim bồ câu", "sân thượng"), List.of()));
        assertThat(knowledge.answer("nuoi chim bo cau san thuong", 5)).extracting(KnowledgeAnswer::id)
                .doesNotContain(id);

        editing.publish(id);
        assertThat(knowledge.answer("nuoi chim bo cau san thuong", 5)).extracting(KnowledgeAnswer::id)
                .first().isEqualTo(id);

        editing.unpublish(id);
        assertThat(knowledge.answer("nuoi chim bo cau san thuong", 5)).extracting(KnowledgeAnswer::id)
                .doesNotContain(id);
    }

    @Test
    void keepsToTheLimit() {
        assertThat(knowledge.answer("đăng ký", 2)).hasSizeLessThanOrEqualTo(2);
        assertThat(knowledge.answer("đăng ký", 0)).hasSizeLessThanOrEqualTo(1);
    }

    private String first(String question) {
        List<KnowledgeAnswer> answers = knowledge.answer(question, 1);
        assertThat(answers).as(question).isNotEmpty();
        return answers.get(0).question();
    }
}
