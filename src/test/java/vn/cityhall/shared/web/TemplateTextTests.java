package vn.cityhall.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every piece of UI text comes from the message bundles: fails on literal text in templates and on
 * message keys that a template asks for but a locale lacks.
 */
class TemplateTextTests {

    private static final Path TEMPLATES = Path.of("src/main/jte");

    @Test
    void templatesContainNoLiteralText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            for (String literal : TemplateScanner.literalText(Files.readString(template))) {
                problems.add(TEMPLATES.relativize(template) + ": \"" + literal + "\"");
            }
        }
        assertThat(problems).as("literal text in templates; use page.t(\"key\") instead").isEmpty();
    }

    @Test
    void everyMessageKeyUsedByATemplateExistsInEveryLocale() throws IOException {
        Map<String, Properties> bundles = MessageBundleFiles.byLocale();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            for (String key : TemplateScanner.messageKeys(Files.readString(template))) {
                bundles.forEach((locale, messages) -> {
                    if (!messages.containsKey(key)) {
                        missing.add(TEMPLATES.relativize(template) + ": " + key + " [" + locale + "]");
                    }
                });
            }
        }
        assertThat(missing).as("message keys missing from a locale").isEmpty();
    }

    @Test
    void scannerFindsLiteralTextAndAttributes() {
        String template = """
                @param Page page
                <p>Xin chào</p>
                <input placeholder="Tìm kiếm" aria-label="${page.t("a")}">
                @if(page.signedIn())<span>${page.t("b")}</span>@endif
                @template.layout.page(page = page, title = "x", content = @`<b>Literal</b> ${page.t("c")}`)
                """;
        assertThat(TemplateScanner.literalText(template)).containsExactly("Xin chào", "Tìm kiếm", "Literal");
        assertThat(TemplateScanner.messageKeys(template)).containsExactly("a", "b", "c");
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".jte")).sorted().toList();
        }
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
