package vn.cityhall.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The Vietnamese and English bundles stay in step and are well formed. */
class MessageBundleTests {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");

    @Test
    void everyBundleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String base : MessageBundleFiles.baseNames()) {
            Properties vi = MessageBundleFiles.load(base, "vi");
            Properties en = MessageBundleFiles.load(base, "en");
            assertThat(en).as("i18n/%s_en.properties", base).isNotEmpty();
            difference(vi, en).forEach(key -> problems.add(base + "_en lacks " + key));
            difference(en, vi).forEach(key -> problems.add(base + " (vi) lacks " + key));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (String base : MessageBundleFiles.baseNames()) {
            for (String key : MessageBundleFiles.load(base, "vi").stringPropertyNames()) {
                String previous = owner.put(key, base);
                if (previous != null) {
                    clashes.add(key + " in " + previous + " and " + base);
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void messagesAreNfcNonEmptyAndUseApostrophesAsMessageFormatExpects() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Properties> locale : MessageBundleFiles.byLocale().entrySet()) {
            for (String key : locale.getValue().stringPropertyNames()) {
                String message = locale.getValue().getProperty(key);
                String where = key + " [" + locale.getKey() + "]";
                if (message.isBlank()) {
                    problems.add(where + " is empty");
                }
                if (!Normalizer.isNormalized(message, Normalizer.Form.NFC)) {
                    problems.add(where + " is not NFC");
                }
                boolean formatted = PLACEHOLDER.matcher(message).find();
                // Messages with arguments go through MessageFormat, where ' must be written ''.
                String withoutDoubled = message.replace("''", "");
                if (formatted && withoutDoubled.contains("'")) {
                    problems.add(where + " has a single ' but arguments: write ''");
                }
                if (!formatted && message.contains("''")) {
                    problems.add(where + " has '' but no arguments: write '");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void bundleFilesAreUtf8() throws IOException {
        for (String base : MessageBundleFiles.baseNames()) {
            for (String name : List.of(base + ".properties", base + "_en.properties")) {
                Path file = MessageBundleFiles.FOLDER.resolve(name);
                byte[] bytes = Files.readAllBytes(file);
                assertThat(new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8))
                        .as(name + " is valid UTF-8").isEqualTo(bytes);
            }
        }
    }

    private static Set<String> difference(Properties a, Properties b) {
        Set<String> keys = new TreeSet<>(a.stringPropertyNames());
        keys.removeAll(b.stringPropertyNames());
        return keys;
    }
}
