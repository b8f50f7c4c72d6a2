package vn.cityhall.zalo.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import vn.cityhall.zalo.ZaloSettings;

/**
 * Fetches an attachment from Zalo's CDN into a temporary file with {@link HttpClient}: the channel's connect
 * and request timeouts, a size limit (announced or actual), and a deadline on the whole download, so that a
 * server that trickles bytes cannot hold the worker (the download runs on a thread of its own that is
 * interrupted at the deadline).
 */
@Component
class MediaDownloads implements DisposableBean {

    /** Why an attachment could not be fetched; the name is recorded with the attachment. */
    enum Failure { BAD_URL, HTTP_STATUS, TOO_LARGE, TIMEOUT, UNREACHABLE }

    /** A download that did not give a file. */
    static final class Failed extends Exception {
        private final Failure failure;

        Failed(Failure failure, String detail) {
            super(detail, null, false, false);
            this.failure = failure;
        }

        Failure failure() {
            return failure;
        }
    }

    private final HttpClient client;
    private final ZaloSettings zalo;
    private final ZaloWebhookSettings settings;
    private final ExecutorService downloads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "zalo-media-download");
        thread.setDaemon(true);
        return thread;
    });

    MediaDownloads(ZaloSettings zalo, ZaloWebhookSettings settings) {
        this.zalo = zalo;
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(zalo.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .executor(downloads)
                .build();
    }

    /**
     * Downloads {@code url} into a new temporary file, which the caller deletes.
     *
     * @throws Failed if the URL is not http(s), the server answers other than 200, the content is larger than
     *         the limit, or the download does not finish in time
     */
    Path download(String url) throws Failed {
        URI uri = uri(url);
        long limit = settings.mediaMaxSize().toBytes();
        Future<Path> download = downloads.submit(() -> fetch(uri, limit));
        try {
            return download.get(settings.mediaDownloadTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            download.cancel(true);
            throw new Failed(Failure.TIMEOUT, "not downloaded within " + settings.mediaDownloadTimeout());
        } catch (InterruptedException e) {
            download.cancel(true);
            Thread.currentThread().interrupt();
            throw new Failed(Failure.TIMEOUT, "interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Failed failed) {
                throw failed;
            }
            if (e.getCause() instanceof HttpTimeoutException) {
                throw new Failed(Failure.TIMEOUT, e.getCause().getMessage());
            }
            throw new Failed(Failure.UNREACHABLE, String.valueOf(e.getCause()));
        }
    }

    private Path fetch(URI uri, long limit) throws IOException, InterruptedException, Failed {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(zalo.requestTimeout()).GET().build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new Failed(Failure.HTTP_STATUS, "HTTP " + response.statusCode());
            }
            long announced = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (announced > limit) {
                throw new Failed(Failure.TOO_LARGE, announced + " bytes, limit " + limit);
            }
            Path file = Files.createTempFile("zalo-media-", ".part");
            boolean complete = false;
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[16 * 1024];
                long total = 0;
                for (int read; (read = body.read(buffer)) != -1; ) {
                    total += read;
                    if (total > limit) {
                        throw new Failed(Failure.TOO_LARGE, "more than " + limit + " bytes");
                    }
                    out.write(buffer, 0, read);
                }
                complete = true;
                return file;
            } finally {
                if (!complete) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static URI uri(String url) throws Failed {
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new Failed(Failure.BAD_URL, "not an http(s) URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new Failed(Failure.BAD_URL, "not a URL");
        }
    }

    @Override
    public void destroy() {
        downloads.shutdownNow();
    }
}
