package vn.cityhall.zalo.fake;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.cityhall.zalo.ZaloSettings;
import vn.cityhall.zalo.webhook.ZaloSignature;

/**
 * Posts events to the application's webhook as Zalo does: over HTTP, the body's bytes signed with
 * {@code X-ZEvent-Signature} (zalo-oa.md §3.1, the app id and timestamp read from the body, the OA secret key
 * from the channel's settings). Also posts an event signed with a wrong key, to show the webhook's refusal.
 * The address is {@code cityhall.zalo.fake.webhook-url}, or this application's own {@code /zalo/webhook} on the
 * port it listens on.
 */
@Component
@ConditionalOnProperty(name = "cityhall.zalo.fake.enabled", havingValue = "true")
public class FakeWebhook {

    private static final Logger log = LoggerFactory.getLogger(FakeWebhook.class);
    private static final String WRONG_KEY = "not-the-oa-secret-key";

    private final ZaloSettings zalo;
    private final FakeZaloSettings settings;
    private final Environment environment;
    private final JsonMapper json;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    FakeWebhook(ZaloSettings zalo, FakeZaloSettings settings, Environment environment, JsonMapper json) {
        this.zalo = zalo;
        this.settings = settings;
        this.environment = environment;
        this.json = json;
    }

    /** What the webhook answered: its HTTP status and body, or status 0 when it could not be reached. */
    public record Delivery(int status, String answer) {
        public boolean accepted() {
            return status == 200;
        }
    }

    /** The event builder for this OA. */
    public FakeEvents events() {
        return new FakeEvents(json, zalo.appId(), zalo.oaId());
    }

    /** Posts the body, correctly signed. */
    public Delivery post(String body) {
        return post(body, zalo.oaSecretKey());
    }

    /** Posts the body signed with a key that is not the OA's: the webhook must refuse it. */
    public Delivery postForged(String body) {
        return post(body, WRONG_KEY);
    }

    /** The application's own address seen from itself, e.g. {@code http://127.0.0.1:8080}. */
    public String selfBase() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://127.0.0.1:" + port;
    }

    private Delivery post(String body, String key) {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        JsonNode parsed = json.readTree(raw);
        String signature = ZaloSignature.header(parsed.path("app_id").asString(""), raw,
                parsed.path("timestamp").asString(""), key);
        HttpRequest request = HttpRequest.newBuilder(webhook())
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header(ZaloSignature.HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(raw))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Delivery(response.statusCode(), response.body());
        } catch (IOException e) {
            log.warn("The fake Zalo could not post to the webhook {}: {}", webhook(), e.toString());
            return new Delivery(0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery(0, "interrupted");
        }
    }

    private URI webhook() {
        String configured = settings.webhookUrl();
        return URI.create(configured == null || configured.isBlank() ? selfBase() + "/zalo/webhook" : configured);
    }
}
