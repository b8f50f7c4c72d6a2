package vn.cityhall.zalo.fake;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The fake's media server, standing in for Zalo's CDN: a photo or file the simulator's citizen sends is kept
 * here and its URL goes into the webhook event, from which the application downloads it as it would from Zalo.
 * Keeps the latest {@value #KEPT} files in memory.
 */
@Component
@ConditionalOnProperty(name = "cityhall.zalo.fake.enabled", havingValue = "true")
public class FakeMedia {

    static final int KEPT = 100;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Hosted> files = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Hosted> eldest) {
            return size() > KEPT;
        }
    };

    /** A hosted file. */
    public record Hosted(String name, String contentType, byte[] content) {
    }

    /** Keeps the file and returns its id, the last part of its URL {@code /zalo-fake/media/<id>}. */
    public synchronized String host(String name, String contentType, byte[] content) {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        files.put(id, new Hosted(name, contentType, content.clone()));
        return id;
    }

    synchronized Optional<Hosted> find(String id) {
        return Optional.ofNullable(files.get(id));
    }

    /** The path under which a hosted file is served. */
    public static String path(String id) {
        return FakeZaloController.ROOT + "/media/" + id;
    }
}
