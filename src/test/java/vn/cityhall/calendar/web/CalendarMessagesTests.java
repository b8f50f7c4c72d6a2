package vn.cityhall.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import vn.cityhall.calendar.DayKind;
import vn.cityhall.calendar.DayOverride;
import vn.cityhall.calendar.HolidayKey;

/** The message keys that Java code builds from enums and numbers exist in both languages. */
class CalendarMessagesTests {

    @Test
    void everyComputedKeyExistsInVietnameseAndEnglish() throws IOException {
        List<String> keys = new ArrayList<>();
        for (DayKind kind : DayKind.values()) {
            keys.add(kind.messageCode());
        }
        for (HolidayKey holiday : HolidayKey.values()) {
            keys.add(holiday.messageCode());
        }
        for (DayOverride.Kind kind : DayOverride.Kind.values()) {
            keys.add("calendar.override.kind." + kind.name());
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            keys.add("calendar.weekday." + day.name());
            keys.add("calendar.weekday.short." + day.name());
        }
        for (int i = 0; i < 12; i++) {
            keys.add("calendar.month." + (i + 1));
            keys.add("calendar.branch." + i);
        }
        for (int i = 0; i < 10; i++) {
            keys.add("calendar.stem." + i);
        }
        for (String file : List.of("calendar.properties", "calendar_en.properties")) {
            Properties messages = load(file);
            assertThat(keys).as(file).allMatch(messages::containsKey);
        }
    }

    @Test
    void namesTheHolidaysAsTheLawDoes() throws IOException {
        Properties vietnamese = load("calendar.properties");
        assertThat(vietnamese.getProperty("calendar.holiday.TET")).isEqualTo("Tết Nguyên đán");
        assertThat(vietnamese.getProperty("calendar.holiday.HUNG_KINGS")).isEqualTo("Giỗ Tổ Hùng Vương");
        assertThat(vietnamese.getProperty("calendar.weekday.short.SUNDAY")).isEqualTo("CN");
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n", file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
