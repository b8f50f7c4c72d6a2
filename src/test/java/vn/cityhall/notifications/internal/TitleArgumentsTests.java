package vn.cityhall.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TitleArgumentsTests {

    private final TitleArguments converter = new TitleArguments();

    @Test
    void roundTripsVietnameseQuotesAndSymbolsExactly() {
        List<String> arguments = List.of("Đỗ Quang Huy", "Sửa \"đường\" Lê Lợi, \\ số 1/2", "", "😀 ✓ ư ơ");
        String column = converter.convertToDatabaseColumn(arguments);
        assertThat(column).contains("Đỗ Quang Huy").doesNotContain("\\u");
        assertThat(converter.convertToEntityAttribute(column)).isEqualTo(arguments);
    }

    @Test
    void cutsOverlongArgumentsSoTheyFitTheColumn() {
        List<String> stored = TitleArguments.normalize(List.of("a".repeat(1000), "b".repeat(1000), "c".repeat(1000)));
        assertThat(stored).allSatisfy(argument -> assertThat(argument).hasSize(TitleArguments.MAX_ARGUMENT_LENGTH).endsWith("…"));
        assertThat(converter.convertToDatabaseColumn(stored).length()).isLessThan(4000);
        assertThat(converter.convertToEntityAttribute(null)).isEmpty();
        assertThat(TitleArguments.normalize(null)).isEmpty();
    }
}
