package vn.cityhall.zalo.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import vn.cityhall.files.FileFamily;
import vn.cityhall.files.FilePolicy;
import vn.cityhall.files.FileRejectedException;
import vn.cityhall.files.FileStore;
import vn.cityhall.files.StoredFile;
import vn.cityhall.files.UploadedContent;
import vn.cityhall.zalo.webhook.ZaloInbound.Media;

/**
 * Fetches the attachments of a stored event (images, gifs, files, voice notes, videos) into the file store,
 * promptly, before the event is processed: Zalo's CDN links are not kept for long. The file store applies the
 * checks of the portal's uploads (type read from the content, executables refused whatever their name, images
 * re-encoded without their metadata). Each attachment's outcome is recorded once, a stored file or the reason
 * there is none; a refused or failed download never stops the event, which keeps the URL.
 */
@Component
class MediaFetcher {

    /** The failure of an attachment that was never fetched (its outcome is missing). */
    static final String NOT_FETCHED = "NOT_FETCHED";

    private static final Logger log = LoggerFactory.getLogger(MediaFetcher.class);

    private final MediaDownloads downloads;
    private final FileStore files;
    private final InboundMedia media;
    private final ZaloWebhookSettings settings;
    private final Clock clock;

    MediaFetcher(MediaDownloads downloads, FileStore files, InboundMedia media, ZaloWebhookSettings settings, Clock clock) {
        this.downloads = downloads;
        this.files = files;
        this.media = media;
        this.settings = settings;
        this.clock = clock;
    }

    /** Fetches the event's attachments that are not fetched yet. */
    void fetch(long eventId, JsonNode body) {
        List<JsonNode> attachments = EventParser.attachments(body);
        Set<Integer> done = null;
        for (int position = 0; position < attachments.size(); position++) {
            JsonNode attachment = attachments.get(position);
            String kind = Json.text(attachment.get("type"));
            String url = Json.text(attachment, "payload", "url");
            if (kind == null || url == null || !EventParser.FETCHED_TYPES.contains(kind)) {
                continue;
            }
            if (done == null) {
                done = media.positions(eventId);
            }
            if (!done.contains(position)) {
                fetchOne(eventId, position, kind, url, Json.text(attachment, "payload", "name"));
            }
        }
    }

    private void fetchOne(long eventId, int position, String kind, String url, String name) {
        Media outcome;
        String detail = null;
        Path file = null;
        try {
            file = downloads.download(url);
            Path downloaded = file;
            StoredFile stored = files.store(new UploadedContent(name == null ? "zalo-" + kind : name,
                    () -> Files.newInputStream(downloaded)), policy(kind));
            outcome = new Media(url, stored.id(), null);
        } catch (MediaDownloads.Failed failed) {
            outcome = new Media(url, null, failed.failure().name());
            detail = failed.getMessage();
        } catch (FileRejectedException rejected) {
            outcome = new Media(url, null, "FILE_" + rejected.reason().name());
            detail = rejected.messageKey();
        } catch (UncheckedIOException e) {
            outcome = new Media(url, null, "UNREADABLE");
            detail = e.getMessage();
        } finally {
            delete(file);
        }
        if (!outcome.stored()) {
            log.warn("Zalo event {}: attachment {} ({}) not stored: {} {}", eventId, position, kind, outcome.failure(),
                    detail);
        }
        media.record(eventId, position, kind, url, outcome, detail, clock.instant());
    }

    /** The portal's policy for the kind of attachment, with the webhook's size limit. */
    private FilePolicy policy(String kind) {
        FilePolicy policy = switch (kind) {
            case "image", "gif" -> files.policy(FileFamily.IMAGES);
            case "audio" -> files.policy(FileFamily.AUDIO);
            case "video" -> files.policy(FileFamily.VIDEO);
            default -> files.policy(FileFamily.IMAGES, FileFamily.DOCUMENTS);
        };
        return policy.withMaxSize(settings.mediaMaxSize());
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.debug("Cannot delete {}", file, e);
        }
    }
}
