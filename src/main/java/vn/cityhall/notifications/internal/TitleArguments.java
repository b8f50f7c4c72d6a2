package vn.cityhall.notifications.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores the arguments of a title as a JSON array of strings. Non-ASCII text is written as is (UTF-8),
 * so Vietnamese names round-trip exactly; each argument is cut to a sane length so the array fits its column.
 */
@Converter
public class TitleArguments implements AttributeConverter<List<String>, String> {

    static final int MAX_ARGUMENT_LENGTH = 300;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {
    };

    /** The arguments as stored: never null, no null elements, each at most {@value #MAX_ARGUMENT_LENGTH} characters. */
    public static List<String> normalize(List<String> arguments) {
        List<String> normalized = new ArrayList<>();
        if (arguments != null) {
            for (String argument : arguments) {
                String text = argument == null ? "" : argument;
                normalized.add(text.length() > MAX_ARGUMENT_LENGTH
                        ? text.substring(0, MAX_ARGUMENT_LENGTH - 1) + "…" : text);
            }
        }
        return List.copyOf(normalized);
    }

    @Override
    public String convertToDatabaseColumn(List<String> arguments) {
        return JSON.writeValueAsString(normalize(arguments));
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? List.of() : List.copyOf(JSON.readValue(column, LIST));
    }
}
