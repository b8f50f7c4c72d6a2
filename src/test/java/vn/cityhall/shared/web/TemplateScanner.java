package vn.cityhall.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a jte template the way the i18n rules see it: it reports visible text and user-facing
 * attribute values written literally in the template instead of coming from a message bundle,
 * and it collects the message keys the template asks for with {@code page.t("…")}.
 */
final class TemplateScanner {

    /** Attributes whose values users read or hear. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
            "label", "data-confirm", "aria-description", "aria-placeholder", "aria-roledescription", "content");
    private static final Pattern ENTITY = Pattern.compile("&#?\\w+;");
    private static final Pattern KEY_CALL = Pattern.compile("\\bt\\(\\s*\"([A-Za-z0-9_.\\-]+)\"\\s*[,)]");

    private final String source;
    private final List<String> literals = new ArrayList<>();
    private int pos;

    private TemplateScanner(String source) {
        this.source = source;
    }

    /** Literal user-facing text found in the template. */
    static List<String> literalText(String template) {
        TemplateScanner scanner = new TemplateScanner(template);
        scanner.html(false);
        return scanner.literals;
    }

    /** Message keys the template requests with a constant argument. */
    static List<String> messageKeys(String template) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = KEY_CALL.matcher(template);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private void html(boolean inContentBlock) {
        StringBuilder text = new StringBuilder();
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (inContentBlock && c == '`') {
                pos++;
                break;
            }
            if (source.startsWith("<%--", pos)) {
                skipPast("--%>");
            } else if (source.startsWith("${", pos) || source.startsWith("!{", pos)) {
                pos += 1;
                skipJavaBlock('{', '}');
            } else if (source.startsWith("$unsafe{", pos)) {
                pos += 7;
                skipJavaBlock('{', '}');
            } else if (c == '@') {
                flush(text);
                directive();
            } else if (c == '<') {
                flush(text);
                tag();
            } else {
                text.append(c);
                pos++;
            }
        }
        flush(text);
    }

    private void directive() {
        if (startsWithWord("@import") || startsWithWord("@param")) {
            int end = source.indexOf('\n', pos);
            pos = end < 0 ? source.length() : end;
        } else if (startsWithWord("@if") || startsWithWord("@elseif") || startsWithWord("@for")) {
            pos = source.indexOf('(', pos);
            skipJavaBlock('(', ')');
        } else if (startsWithWord("@else") || startsWithWord("@endif") || startsWithWord("@endfor")) {
            pos++;
            while (pos < source.length() && Character.isLetter(source.charAt(pos))) {
                pos++;
            }
        } else if (source.startsWith("@template.", pos)) {
            pos = source.indexOf('(', pos);
            templateArguments();
        } else if (source.startsWith("@`", pos)) {
            pos += 2;
            html(true);
        } else {
            pos++;
        }
    }

    /** Java arguments of a template call, descending into content blocks. */
    private void templateArguments() {
        int depth = 0;
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (c == '"') {
                skipString();
                continue;
            }
            if (source.startsWith("@`", pos)) {
                pos += 2;
                html(true);
                continue;
            }
            pos++;
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return;
            }
        }
    }

    private void tag() {
        if (source.startsWith("<script", pos) || source.startsWith("<style", pos)) {
            String close = source.startsWith("<script", pos) ? "</script>" : "</style>";
            skipPast(close);
            return;
        }
        pos++;
        String name = null;
        StringBuilder value = null;
        String attribute = null;
        char quote = 0;
        StringBuilder word = new StringBuilder();
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (source.startsWith("${", pos) || source.startsWith("!{", pos)) {
                pos += 1;
                skipJavaBlock('{', '}');
                continue;
            }
            if (quote != 0) {
                if (c == quote) {
                    if (attribute != null && TEXT_ATTRIBUTES.contains(attribute) && !isMetaContent(name, attribute)) {
                        check(value.toString());
                    }
                    quote = 0;
                    attribute = null;
                } else {
                    value.append(c);
                }
                pos++;
                continue;
            }
            if (c == '>') {
                pos++;
                return;
            }
            if (c == '"' || c == '\'') {
                quote = c;
                value = new StringBuilder();
                attribute = word.toString().replace("=", "").strip().toLowerCase();
                word.setLength(0);
            } else if (Character.isWhitespace(c)) {
                if (name == null) {
                    name = word.toString();
                }
                word.setLength(0);
            } else if (c == '@') {
                directive();
                continue;
            } else {
                word.append(c);
            }
            pos++;
        }
    }

    private static boolean isMetaContent(String tag, String attribute) {
        return "content".equals(attribute) && "meta".equalsIgnoreCase(tag);
    }

    private void skipJavaBlock(char open, char close) {
        int depth = 0;
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (c == '"') {
                skipString();
                continue;
            }
            if (source.startsWith("@`", pos)) {
                pos += 2;
                html(true);
                continue;
            }
            pos++;
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return;
            }
        }
    }

    private void skipString() {
        pos++;
        while (pos < source.length()) {
            char c = source.charAt(pos++);
            if (c == '\\') {
                pos++;
            } else if (c == '"') {
                return;
            }
        }
    }

    private void skipPast(String marker) {
        int end = source.indexOf(marker, pos);
        pos = end < 0 ? source.length() : end + marker.length();
    }

    private boolean startsWithWord(String word) {
        if (!source.startsWith(word, pos)) {
            return false;
        }
        int after = pos + word.length();
        return after >= source.length() || !Character.isLetterOrDigit(source.charAt(after));
    }

    private void flush(StringBuilder text) {
        check(text.toString());
        text.setLength(0);
    }

    private void check(String text) {
        String visible = ENTITY.matcher(text).replaceAll(" ").strip();
        if (visible.codePoints().anyMatch(Character::isLetter)) {
            literals.add(visible.replaceAll("\\s+", " "));
        }
    }
}
