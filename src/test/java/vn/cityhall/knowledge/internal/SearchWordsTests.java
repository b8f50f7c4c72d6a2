package vn.cityhall.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class SearchWordsTests {

    @Test
    void foldsAccentsCaseAndTheLetterD() {
        assertThat(SearchWords.syllables("Thủ tục ĐĂNG KÝ khai sinh?")).containsExactly("thu", "tuc", "dang", "ky",
                "khai", "sinh");
    }

    @Test
    void decomposedAndPrecomposedTextGiveTheSameWords() {
        String precomposed = "Đăng ký thường trú ở đâu?";
        String decomposed = Normalizer.normalize(precomposed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(precomposed);
        assertThat(SearchWords.syllables(decomposed)).isEqualTo(SearchWords.syllables(precomposed));
    }

    @Test
    void treatsKiAndKyAsOneSyllable() {
        assertThat(SearchWords.syllables("đăng kí")).isEqualTo(SearchWords.syllables("đăng ký"));
    }

    @Test
    void leavesTheFillersOfAQuestionOutAndPairsTheRest() {
        SearchWords.Query query = SearchWords.query("Cho tôi hỏi làm căn cước ở đâu vậy ạ?");
        assertThat(query.words()).containsExactly("can", "cuoc");
        assertThat(query.pairs()).containsExactly("can cuoc");
        assertThat(query.fillerPairs()).containsExactly("lam can", "cuoc o");
    }

    @Test
    void keepsAFillerThatIsAlsoAWordInItsPairs() {
        SearchWords.Query query = SearchWords.query("nuôi chó mèo");
        assertThat(query.words()).containsExactly("nuoi", "meo");
        assertThat(query.fillerPairs()).containsExactly("nuoi cho", "cho meo");
    }

    @Test
    void aQuestionOfFillersOnlyIsEmpty() {
        assertThat(SearchWords.query("cho tôi hỏi với ạ").isEmpty()).isTrue();
        assertThat(SearchWords.query("   ").isEmpty()).isTrue();
    }
}
