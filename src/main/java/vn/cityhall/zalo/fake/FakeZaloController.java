package vn.cityhall.zalo.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The fake Zalo's routes: the three Zalo hosts under {@code /zalo-fake/openapi}, {@code /zalo-fake/business}
 * and {@code /zalo-fake/oauth}, and controls under {@code /zalo-fake/control} (failures, outage, delay,
 * rate limit, interactions, what was received and sent), and the media a simulated citizen sent under
 * {@code /zalo-fake/media}. Public and without CSRF, like Zalo's own API.
 */
@RestController
@ConditionalOnProperty(name = "cityhall.zalo.fake.enabled", havingValue = "true")
class FakeZaloController {

    static final String ROOT = "/zalo-fake";

    private final FakeZalo zalo;
    private final FakeMedia media;

    FakeZaloController(FakeZalo zalo, FakeMedia media) {
        this.zalo = zalo;
        this.media = media;
    }

    /** Zalo's CDN: a photo or file a simulated citizen sent, as the webhook event's URL points to it. */
    @GetMapping(ROOT + "/media/{id}")
    ResponseEntity<byte[]> media(@PathVariable String id) {
        return media.find(id)
                .map(file -> ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                        .contentLength(file.content().length).body(file.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping(ROOT + "/openapi/v3.0/oa/message/cs")
    ResponseEntity<String> cs(@RequestHeader(name = "access_token", required = false) String accessToken,
            @RequestBody(required = false) String body) {
        return respond(zalo.sendCs(accessToken, body));
    }

    @PostMapping(ROOT + "/openapi/v2.0/oa/message")
    ResponseEntity<String> v2(@RequestHeader(name = "access_token", required = false) String accessToken,
            @RequestBody(required = false) String body) {
        return respond(zalo.sendV2(accessToken, body));
    }

    @PostMapping(ROOT + "/business/message/template")
    ResponseEntity<String> zns(@RequestHeader(name = "access_token", required = false) String accessToken,
            @RequestBody(required = false) String body) {
        return respond(zalo.sendZns(accessToken, body));
    }

    @PostMapping(path = ROOT + "/oauth/v4/oa/access_token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> accessToken(@RequestHeader(name = "secret_key", required = false) String secretKey,
            @RequestParam MultiValueMap<String, String> form) {
        return respond(zalo.refresh(secretKey, form.toSingleValueMap()));
    }

    // ---- controls -------------------------------------------------------------------------------

    /** Injects a failure: {@code endpoint} (CS, ZNS, OAUTH, V2 or none for all), {@code count}, {@code error} or {@code status}. */
    @PostMapping(ROOT + "/control/failures")
    ResponseEntity<Void> fail(@RequestParam(required = false) FakeEndpoint endpoint,
            @RequestParam(defaultValue = "1") int count, @RequestParam(required = false) Integer error,
            @RequestParam(defaultValue = "200") int status) {
        zalo.inject(new FakeFailure(endpoint, count, status, error));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(ROOT + "/control/outage")
    ResponseEntity<Void> outage(@RequestParam boolean on) {
        zalo.outage(on);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(ROOT + "/control/delay")
    ResponseEntity<Void> delay(@RequestParam long millis) {
        zalo.delay(Duration.ofMillis(Math.max(millis, 0)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(ROOT + "/control/rate-limit")
    ResponseEntity<Void> rateLimit(@RequestParam int perMinute) {
        zalo.rateLimit(perMinute);
        return ResponseEntity.noContent().build();
    }

    /** Sets a user's last interaction ({@code at} as epoch milliseconds; now when absent). */
    @PostMapping(ROOT + "/control/interactions/{userId}")
    ResponseEntity<Void> interacted(@PathVariable String userId, @RequestParam(required = false) Long at) {
        zalo.interacted(userId, at == null ? Instant.now() : Instant.ofEpochMilli(at));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(ROOT + "/control/expire-access-tokens")
    ResponseEntity<Void> expireAccessTokens() {
        zalo.expireAccessTokens();
        return ResponseEntity.noContent().build();
    }

    @PostMapping(ROOT + "/control/reset")
    ResponseEntity<Void> reset() {
        zalo.reset();
        return ResponseEntity.noContent().build();
    }

    @GetMapping(ROOT + "/control/calls")
    List<FakeCall> calls() {
        return zalo.calls();
    }

    @GetMapping(ROOT + "/control/messages")
    List<FakeMessage> messages() {
        return zalo.messages();
    }

    @GetMapping(ROOT + "/control/messages/{recipient}")
    List<FakeMessage> messagesTo(@PathVariable String recipient) {
        return zalo.messagesTo(recipient);
    }

    private static ResponseEntity<String> respond(FakeZalo.Answer answer) {
        MediaType type = answer.body().startsWith("{") ? MediaType.APPLICATION_JSON : MediaType.TEXT_PLAIN;
        return ResponseEntity.status(answer.status()).contentType(type).body(answer.body());
    }

}
