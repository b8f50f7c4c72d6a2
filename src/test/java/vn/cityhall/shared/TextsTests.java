package vn.cityhall.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class TextsTests {

    @Test
    void cleanTurnsDecomposedVietnameseIntoNfcAndTrims() {
        String decomposed = Normalizer.normalize("  Phường Hoàn Kiếm ", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Phường Hoàn Kiếm");
        assertThat(Texts.clean(decomposed)).isEqualTo("Phường Hoàn Kiếm");
        assertThat(Texts.clean(null)).isNull();
    }

    @Test
    void cleanOrNullTurnsBlankIntoNull() {
        assertThat(Texts.cleanOrNull("   ")).isNull();
        assertThat(Texts.cleanOrNull(" a ")).isEqualTo("a");
    }

    @Test
    void searchKeyIgnoresCaseAccentsAndTheLetterDWithStroke() {
        assertThat(Texts.searchKey("Lê Lợi")).isEqualTo("le loi");
        assertThat(Texts.searchKey("ĐỐNG ĐA")).isEqualTo("dong da");
        assertThat(Texts.searchKey(Normalizer.normalize("Phường  Hoàn Kiếm", Normalizer.Form.NFD)))
                .isEqualTo("phuong hoan kiem");
        assertThat(Texts.searchKey(null)).isEmpty();
    }
}
