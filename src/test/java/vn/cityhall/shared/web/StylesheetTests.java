package vn.cityhall.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The application's stylesheet is well formed: every block is closed, and rules nest only inside at-rules
 * ({@code @media}). A rule left unclosed makes every later rule a nested one, which browsers then apply to
 * nothing (this hid the line breaks of citizens' texts, among others).
 */
class StylesheetTests {

    @Test
    void everyBlockIsClosedAndRulesNestOnlyInAtRules() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/static/css/app.css"), StandardCharsets.UTF_8)
                .replaceAll("(?s)/\\*.*?\\*/", "");
        Deque<String> open = new ArrayDeque<>();
        List<String> problems = new ArrayList<>();
        StringBuilder header = new StringBuilder();
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            }
            if (c == '{') {
                String selector = header.toString().strip();
                if (!open.isEmpty() && !open.peek().startsWith("@")) {
                    problems.add("line " + line + ": '" + selector + "' nested in '" + open.peek() + "'");
                }
                open.push(selector);
                header.setLength(0);
            } else if (c == '}') {
                if (open.isEmpty()) {
                    problems.add("line " + line + ": a '}' closes nothing");
                } else {
                    open.pop();
                }
                header.setLength(0);
            } else if (c == ';') {
                header.setLength(0);
            } else {
                header.append(c);
            }
        }
        open.forEach(selector -> problems.add("'" + selector + "' is never closed"));
        assertThat(problems).isEmpty();
    }
}
