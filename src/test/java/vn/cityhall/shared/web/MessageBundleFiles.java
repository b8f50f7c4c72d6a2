package vn.cityhall.shared.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/** The message bundle files under {@code src/main/resources/i18n}, merged per locale. */
final class MessageBundleFiles {

    static final Path FOLDER = Path.of("src/main/resources/i18n");

    private MessageBundleFiles() {
    }

    /** Base names, e.g. {@code messages}, {@code organization}. */
    static List<String> baseNames() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.matches(".*_[a-z]{2}\\.properties"))
                    .map(name -> name.replace(".properties", ""))
                    .sorted().toList();
        }
    }

    /** One bundle file: Vietnamese for {@code vi} (the base file), else {@code <base>_<locale>}. */
    static Properties load(String baseName, String locale) throws IOException {
        Path file = FOLDER.resolve("vi".equals(locale) ? baseName + ".properties" : baseName + "_" + locale + ".properties");
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    /** All bundles merged, for {@code vi} and {@code en}. */
    static Map<String, Properties> byLocale() throws IOException {
        Map<String, Properties> result = new LinkedHashMap<>();
        for (String locale : List.of("vi", "en")) {
            Properties merged = new Properties();
            for (String base : baseNames()) {
                merged.putAll(load(base, locale));
            }
            result.put(locale, merged);
        }
        return result;
    }
}
