package vn.cityhall.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** {@code cityhall.files.*} binds with sensible defaults, and policies and ids guard their values. */
class FilesSettingsTests {

    @Test
    void bindsTheDefaultsAndPutsBlobsInTheDataFolder() {
        FilesSettings settings = bind(Map.of());
        assertThat(settings).isEqualTo(FilesSettings.defaults(null));
        assertThat(settings.defaultMaxSize()).isEqualTo(DataSize.ofMegabytes(20));
        assertThat(settings.maxImageSide()).isEqualTo(4096);
        assertThat(settings.maxImagePixels()).isEqualTo(50_000_000L);
        assertThat(settings.rootOr(Path.of("data"))).isEqualTo(Path.of("data", "files"));
    }

    @Test
    void bindsEverySetting() {
        FilesSettings settings = bind(Map.of(
                "cityhall.files.root", "/srv/cityhall/files",
                "cityhall.files.default-max-size", "8MB",
                "cityhall.files.max-image-side", "2048",
                "cityhall.files.max-image-pixels", "24000000",
                "cityhall.files.jpeg-quality", "0.9"));
        assertThat(settings).isEqualTo(new FilesSettings(Path.of("/srv/cityhall/files"), DataSize.ofMegabytes(8), 2048,
                24_000_000L, 0.9f));
        assertThat(settings.rootOr(Path.of("data"))).isEqualTo(Path.of("/srv/cityhall/files"));
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FilesSettings(null, DataSize.ofBytes(0), 4096, 1, 0.85f));
        assertThatIllegalArgumentException().isThrownBy(() -> new FilesSettings(null, DataSize.ofMegabytes(1), 8, 1, 0.85f));
        assertThatIllegalArgumentException().isThrownBy(() -> new FilesSettings(null, DataSize.ofMegabytes(1), 4096, 0, 0.85f));
        assertThatIllegalArgumentException().isThrownBy(() -> new FilesSettings(null, DataSize.ofMegabytes(1), 4096, 1, 1.5f));
    }

    @Test
    void policiesNeedAFamilyAndAPositiveLimit() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FilePolicy(Set.of(), 10, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new FilePolicy(Set.of(FileFamily.IMAGES), 0, true));
        FilePolicy photos = FilePolicy.images(DataSize.ofMegabytes(5));
        assertThat(photos.reencodeImages()).isTrue();
        assertThat(photos.keepingImagesAsSent().reencodeImages()).isFalse();
        assertThat(photos.withMaxSize(DataSize.ofMegabytes(1)).maxBytes()).isEqualTo(1024 * 1024);
        assertThat(photos.accepts(FileType.HEIC)).isFalse();
        assertThat(photos.keepingImagesAsSent().accepts(FileType.HEIC)).isTrue();
        assertThat(photos.keepingImagesAsSent().acceptedExtensions()).containsExactly("JPG", "PNG", "GIF", "WEBP", "HEIC", "AVIF");
    }

    @Test
    void fileIdsArePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> FileId.of(0));
        assertThat(FileId.of(42)).hasToString("42");
    }

    @Test
    void everyTypeHasADistinctMediaType() {
        for (FileType type : FileType.values()) {
            assertThat(FileType.ofMediaType(type.mediaType())).contains(type);
        }
    }

    private static FilesSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("cityhall.files", FilesSettings.class);
    }
}
