package vn.cityhall.files;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.cityhall.files.internal.BlobStorage;
import vn.cityhall.files.internal.ContentInspector;
import vn.cityhall.files.internal.ImageSanitizer;
import vn.cityhall.files.internal.LocalFolderStorage;
import vn.cityhall.files.internal.Staging;

/** Wires the file store: blobs in a local (or shared) folder, uploads staged beside them. */
@Configuration(proxyBeanMethods = false)
class FilesConfiguration {

    /** Temporary files older than this were left by a stopped node, not by an upload in progress. */
    static final Duration ABANDONED_UPLOAD_AGE = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(FilesConfiguration.class);

    @Bean
    BlobStorage blobStorage(FilesSettings settings, @Value("${cityhall.data-dir:./data}") Path dataDir) {
        return new LocalFolderStorage(settings.rootOr(dataDir));
    }

    @Bean
    Staging fileStaging(FilesSettings settings, @Value("${cityhall.data-dir:./data}") Path dataDir, Clock clock) {
        // Inside the blob folder, so that a finished upload is renamed into place on the same file system.
        Staging staging = new Staging(settings.rootOr(dataDir).resolve("tmp"));
        int removed = staging.sweep(clock.instant(), ABANDONED_UPLOAD_AGE);
        if (removed > 0) {
            log.info("Removed {} abandoned temporary upload(s) from {}", removed, staging.folder());
        }
        return staging;
    }

    @Bean
    Admission fileAdmission(FilesSettings settings, Staging staging) {
        // ImageIO finds plug-ins (WebP, the better JPEG reader) through the class loader of the thread that
        // first uses it; scan with the application's class loader now, so that the executable jar finds them
        // whichever thread decodes the first image.
        ImageIO.scanForPlugins();
        return new Admission(new ContentInspector(),
                new ImageSanitizer(settings.maxImageSide(), settings.maxImagePixels(), settings.jpegQuality()), staging);
    }
}
