package vn.cityhall.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message source over every bundle under {@code classpath:i18n/}: each module ships its own
 * {@code i18n/<module>.properties} (Vietnamese, the default) and {@code i18n/<module>_en.properties}
 * (English), so modules add texts without touching a shared file.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern LOCALE_SUFFIX = Pattern.compile("_[a-z]{2}(_[A-Z]{2})?$");

    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(basenames());
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(VIETNAMESE);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }

    /** The distinct bundle base names found on the class path, e.g. {@code classpath:i18n/organization}. */
    static String[] basenames() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            TreeSet<String> names = new TreeSet<>();
            for (Resource resource : resources) {
                String file = Objects.requireNonNull(resource.getFilename()).replace(".properties", "");
                names.add("classpath:i18n/" + LOCALE_SUFFIX.matcher(file).replaceFirst(""));
            }
            return names.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list message bundles", e);
        }
    }
}
