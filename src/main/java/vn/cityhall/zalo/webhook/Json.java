package vn.cityhall.zalo.webhook;

import tools.jackson.databind.JsonNode;

/** Lenient reading of Zalo's JSON, where every id and timestamp is a string but a number is tolerated. */
final class Json {

    private Json() {
    }

    /** The text of a string, number or boolean node; {@code null} for anything else, absent or blank. */
    static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        String value;
        if (node.isString()) {
            value = node.stringValue();
        } else if (node.isNumber() || node.isBoolean()) {
            value = node.asString();
        } else {
            return null;
        }
        return value == null || value.isBlank() ? null : value;
    }

    /** {@link #text(JsonNode)} of the node at this path of property names. */
    static String text(JsonNode node, String... path) {
        return text(at(node, path));
    }

    /** The node at this path of property names, or a missing node. */
    static JsonNode at(JsonNode node, String... path) {
        JsonNode current = node;
        for (String name : path) {
            if (current == null) {
                return null;
            }
            current = current.path(name);
        }
        return current;
    }
}
