package vn.cityhall.zalo.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

class ZaloTextsTests {

    @Test
    void keepsAShortTextWhole() {
        assertThat(ZaloTexts.split("  Phản ánh của bạn đã được tiếp nhận.  ")).containsExactly(
                "Phản ánh của bạn đã được tiếp nhận.");
    }

    @Test
    void splitsALongTextBetweenWords() {
        String text = "Trả lời phản ánh: ".repeat(150).strip();
        assertThat(text).hasSizeGreaterThan(2000);
        List<String> parts = ZaloTexts.split(text);
        assertThat(parts).hasSize(2);
        assertThat(parts).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(2000));
        assertThat(parts.get(0)).hasSizeGreaterThan(1980).endsWith("ánh:");
        assertThat(parts.get(1)).startsWith("Trả lời");
        assertThat(String.join(" ", parts)).isEqualTo(text);
    }

    @Test
    void countsCharactersAfterNfcNormalization() {
        String decomposed = Normalizer.normalize("ệ".repeat(1500), Normalizer.Form.NFD);
        assertThat(decomposed).hasSizeGreaterThan(2000);
        assertThat(ZaloTexts.split(decomposed)).singleElement()
                .satisfies(part -> assertThat(part).hasSize(1500).isEqualTo("ệ".repeat(1500)));
    }

    @Test
    void cutsAWordLongerThanAMessageWithoutBreakingASurrogatePair() {
        String emoji = "\uD83D\uDE00";
        String text = "a".repeat(9) + emoji + "b".repeat(5);
        List<String> parts = ZaloTexts.split(text, 10);
        assertThat(parts).containsExactly("a".repeat(9), emoji + "b".repeat(5));
    }
}
