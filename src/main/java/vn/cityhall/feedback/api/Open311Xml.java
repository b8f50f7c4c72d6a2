package vn.cityhall.feedback.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes an Open311 document as XML, the mandatory format, by the specification's mechanical mapping:
 * a map is an element with one child per entry, a list an element with one child per item named in
 * the singular ({@code services/service}, {@code attributes/attribute} …), {@code null} an empty
 * element. Text is escaped, and characters XML 1.0 cannot carry are dropped.
 */
final class Open311Xml {

    /** The element name of a list's items. */
    private static final Map<String, String> SINGULAR = Map.of("services", "service", "service_requests", "request",
            "errors", "error", "endpoints", "endpoint", "formats", "format", "attributes", "attribute", "values", "value");

    private Open311Xml() {
    }

    static String write(String root, Object value) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        element(out, root, value);
        return out.toString();
    }

    private static void element(StringBuilder out, String name, Object value) {
        if (value == null) {
            out.append('<').append(name).append("/>");
            return;
        }
        out.append('<').append(name).append('>');
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> element(out, String.valueOf(key), child));
        } else if (value instanceof List<?> list) {
            String item = SINGULAR.getOrDefault(name, "item");
            list.forEach(child -> element(out, item, child));
        } else if (value instanceof BigDecimal number) {
            out.append(number.toPlainString());
        } else {
            escape(out, String.valueOf(value));
        }
        out.append("</").append(name).append('>');
    }

    /** Escapes markup characters and drops those XML 1.0 does not allow (most control characters). */
    static void escape(StringBuilder out, String text) {
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (allowed(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
