package vn.cityhall.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The administration's Java code names message keys the template check cannot see (validation
 * messages, refusals, import problems): each must exist in Vietnamese and in English.
 */
class AdminMessageKeysTests {

    private static final Pattern KEY = Pattern.compile("\"\\{?(organization\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\\}?\"");
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java/vn/cityhall/organization/web"),
            Path.of("src/main/java/vn/cityhall/organization/imports"));

    @Test
    void everyMessageKeyInTheAdministrationCodeExistsInBothLanguages() throws IOException {
        Properties vi = load("organization.properties");
        Properties en = load("organization_en.properties");
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (Path folder : SOURCES) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    Matcher matcher = KEY.matcher(Files.readString(file));
                    while (matcher.find()) {
                        found++;
                        String key = matcher.group(1);
                        if (!vi.containsKey(key) || !en.containsKey(key)) {
                            missing.add(file.getFileName() + ": " + key);
                        }
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(80);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyImportColumnIsDocumentedInBothLanguages() throws IOException {
        Properties vi = load("organization.properties");
        Properties en = load("organization_en.properties");
        for (var kind : vn.cityhall.organization.imports.ImportKind.values()) {
            for (var column : kind.columns()) {
                assertThat(vi).containsKey(column.descriptionKey(kind));
                assertThat(en).containsKey(column.descriptionKey(kind));
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
