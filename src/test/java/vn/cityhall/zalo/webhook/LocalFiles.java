package vn.cityhall.zalo.webhook;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;

/** A local HTTP server standing for Zalo's CDN: serves the bytes put at a path, 404 elsewhere. */
public final class LocalFiles implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Long> announced = new ConcurrentHashMap<>();

    public LocalFiles() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] content = files.get(path);
            try (exchange) {
                if (content == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.sendResponseHeaders(200, announced.getOrDefault(path, (long) content.length));
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(content);
                } catch (IOException e) {
                    // the client hung up, as it should on a file it refuses
                }
            }
        });
        server.start();
    }

    /** Serves {@code content} at {@code path}; returns its URL. */
    public String put(String path, byte[] content) {
        files.put(path, content);
        return url(path);
    }

    /** Serves {@code content} at {@code path} but announces {@code length} bytes. */
    String putAnnouncing(String path, byte[] content, long length) {
        announced.put(path, length);
        return put(path, content);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
