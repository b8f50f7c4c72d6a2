package vn.cityhall.zalo.outbound;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.cityhall.zalo.ZaloSettings;

/**
 * The calls the outbox makes to Zalo, in Zalo's exact wire format (zalo-oa.md §4-6, §10): a
 * customer-service text or {@code request_user_info} card ({@code POST /v3.0/oa/message/cs}), a ZNS
 * template message to a phone ({@code POST /message/template}) and the OAuth v4 token refresh. The access
 * token travels in a bare {@code access_token} header, not as a bearer token. Every answer's {@code error}
 * is read whatever the HTTP status; ids and timestamps stay strings (user ids exceed 2^53).
 */
@Component
public class ZaloApi {

    /** Zalo's limit for one text message (zalo-oa.md §4.2), in characters after NFC normalization. */
    public static final int MAX_TEXT = 2000;
    /** Zalo's limit for a ZNS {@code tracking_id}. */
    static final int MAX_TRACKING_ID = 48;

    private final ZaloSettings settings;
    private final JsonMapper json;
    private final HttpClient http;

    ZaloApi(ZaloSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends a customer-service text (at most {@link #MAX_TEXT} characters) to a user who follows the OA. */
    public ZaloAnswer sendText(String accessToken, String userId, String text) {
        Map<String, Object> body = Map.of("recipient", Map.of("user_id", userId),
                "message", Map.of("text", Normalizer.normalize(text, Normalizer.Form.NFC)));
        return send(settings.openApiUrl(), "/v3.0/oa/message/cs", accessToken, body, "message_id");
    }

    /**
     * Sends the {@code request_user_info} template (zalo-oa.md §4.2), a customer-service message like a text:
     * the same window, errors and receipts. The body's keys go in the reference's order.
     */
    public ZaloAnswer sendUserInfoRequest(String accessToken, String userId, ZaloUserInfoRequest card) {
        Map<String, Object> element = new LinkedHashMap<>();
        element.put("title", card.title());
        element.put("subtitle", card.subtitle());
        element.put("image_url", card.imageUrl());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("template_type", "request_user_info");
        payload.put("elements", List.of(element));
        Map<String, Object> attachment = new LinkedHashMap<>();
        attachment.put("type", "template");
        attachment.put("payload", payload);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recipient", Map.of("user_id", userId));
        body.put("message", Map.of("attachment", attachment));
        return send(settings.openApiUrl(), "/v3.0/oa/message/cs", accessToken, body, "message_id");
    }

    /**
     * Sends an approved ZNS template to a phone number.
     *
     * @param phone any Vietnamese notation; sent as {@code 84…}
     * @param trackingId our correlation id, echoed by Zalo's delivery receipt (at most 48 characters)
     */
    public ZaloAnswer sendTemplate(String accessToken, String phone, String templateId, Map<String, String> data,
            String trackingId) {
        String normalized = ZaloPhones.normalize(phone)
                .orElseThrow(() -> new IllegalArgumentException("Not a Vietnamese phone number: " + phone));
        if (trackingId.length() > MAX_TRACKING_ID) {
            throw new IllegalArgumentException("A ZNS tracking_id has at most 48 characters: " + trackingId);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phone", normalized);
        body.put("template_id", templateId);
        Map<String, String> templateData = new LinkedHashMap<>();
        data.forEach((key, value) -> templateData.put(key, Normalizer.normalize(value, Normalizer.Form.NFC)));
        body.put("template_data", templateData);
        body.put("tracking_id", trackingId);
        return send(settings.businessUrl(), "/message/template", accessToken, body, "msg_id");
    }

    /** Spends a refresh token (single-use) for a new access and refresh token pair. */
    ZaloTokenAnswer refresh(String refreshToken) {
        String form = "refresh_token=" + encode(refreshToken) + "&app_id=" + encode(settings.appId())
                + "&grant_type=refresh_token";
        HttpRequest request = HttpRequest.newBuilder(resolve(settings.oauthUrl(), "/v4/oa/access_token"))
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("secret_key", settings.appSecret())
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return ZaloTokenAnswer.failed(describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ZaloTokenAnswer.failed(describe(e));
        }
        String body = response.body();
        JsonNode node = parse(body);
        String access = string(node.path("access_token"));
        String refresh = string(node.path("refresh_token"));
        if (access == null || refresh == null) {
            return ZaloTokenAnswer.failed("HTTP " + response.statusCode() + " " + body);
        }
        Long expiresIn = number(node.path("expires_in"));
        return new ZaloTokenAnswer(access, refresh, expiresIn == null ? 90_000 : expiresIn, body);
    }

    private ZaloAnswer send(URI base, String path, String accessToken, Map<String, Object> body, String idField) {
        HttpRequest request = HttpRequest.newBuilder(resolve(base, path))
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header("access_token", accessToken)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return ZaloAnswer.unreachable(describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ZaloAnswer.unreachable(describe(e));
        }
        JsonNode node = parse(response.body());
        Long error = number(node.path("error"));
        String messageId = string(node.path("data").path(idField));
        return new ZaloAnswer(response.statusCode(), error == null ? null : error.intValue(), messageId,
                response.body());
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? json.missingNode() : json.readTree(body);
        } catch (JacksonException notJson) {
            return json.missingNode();
        }
    }

    /** A JSON string or number as a string (Zalo sends ids as strings; be lenient). */
    private static String string(JsonNode node) {
        if (node.isString() || node.isNumber()) {
            String value = node.asString();
            return value.isBlank() ? null : value;
        }
        return null;
    }

    /** A JSON number or a string holding one ({@code expires_in} is "90000"; {@code error} a number). */
    private static Long number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isString()) {
            try {
                return Long.parseLong(node.asString().strip());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }

    private static URI resolve(URI base, String path) {
        String root = base.toString();
        return URI.create((root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
