package vn.cityhall.zalo.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongFunction;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.cityhall.feedback.PhoneNumbers;
import vn.cityhall.shared.Texts;
import vn.cityhall.zalo.fake.FakeEvents;
import vn.cityhall.zalo.fake.FakeEvents.SharedInfo;
import vn.cityhall.zalo.fake.FakeMedia;
import vn.cityhall.zalo.fake.FakeWebhook;
import vn.cityhall.zalo.fake.FakeZalo;
import vn.cityhall.zalo.simulator.SimulatedCitizen.Delivery;
import vn.cityhall.zalo.simulator.SimulatedCitizen.Sent;

/**
 * The simulated citizen's phone: each action is the webhook event Zalo would post for it (zalo-oa.md §2.4),
 * with a fresh {@code msg_id} and a timestamp after the citizen's previous one, posted signed to the webhook
 * through {@link FakeWebhook}. Photos and files are put on the fake's media server first, so that the
 * application downloads them from the event's URL as it does from Zalo's CDN. An action also counts as the
 * citizen's interaction with the OA in the fake (the 7-day window). Bad input is refused before anything is sent.
 */
@Component
@ConditionalOnProperty(name = "cityhall.zalo.fake.enabled", havingValue = "true")
class CitizenPhone {

    static final int MAX_TEXT = 2000;

    private final FakeWebhook webhook;
    private final FakeZalo zalo;
    private final FakeMedia media;
    private final Clock clock;

    CitizenPhone(FakeWebhook webhook, FakeZalo zalo, FakeMedia media, Clock clock) {
        this.webhook = webhook;
        this.zalo = zalo;
        this.media = media;
        this.clock = clock;
    }

    Sent text(SimulatedCitizen citizen, String text) {
        String clean = required(text, "zalosimulator.problem.textEmpty");
        if (clean.codePointCount(0, clean.length()) > MAX_TEXT) {
            throw new SimulatorProblem("zalosimulator.problem.textTooLong");
        }
        return send(citizen, "user_send_text", clean, null, ts -> events().text(citizen.userId(), msgId(), ts, clean));
    }

    Sent photo(SimulatedCitizen citizen, MultipartFile file, String caption) {
        String path = host(file, "zalosimulator.problem.photoMissing");
        String url = webhook.selfBase() + path;
        String clean = Texts.cleanOrNull(caption);
        return send(citizen, "user_send_image", clean, path,
                ts -> events().image(citizen.userId(), msgId(), ts, clean, url));
    }

    Sent file(SimulatedCitizen citizen, MultipartFile file) {
        String path = host(file, "zalosimulator.problem.fileMissing");
        String url = webhook.selfBase() + path;
        String name = file.getOriginalFilename() == null ? "tep" : file.getOriginalFilename();
        return send(citizen, "user_send_file", name, null,
                ts -> events().file(citizen.userId(), msgId(), ts, url, name, file.getSize()));
    }

    Sent location(SimulatedCitizen citizen, String place, String latitude, String longitude) {
        String lat = coordinate(latitude, 90);
        String lng = coordinate(longitude, 180);
        String name = Texts.cleanOrNull(place);
        return send(citizen, "user_send_location", name == null ? lat + ", " + lng : name, null,
                ts -> events().location(citizen.userId(), msgId(), ts, name, lat, lng));
    }

    /** The citizen taps "share" on a {@code request_user_info} message; Zalo sends the phone as {@code 84…}. */
    Sent share(SimulatedCitizen citizen, String name, String phone, String address) {
        String cleanName = required(name, "zalosimulator.problem.nameEmpty");
        String national = PhoneNumbers.normalize(phone)
                .orElseThrow(() -> new SimulatorProblem("zalosimulator.problem.phoneInvalid"));
        String international = "84" + national.substring(1);
        SharedInfo info = new SharedInfo(cleanName, international, Texts.cleanOrNull(address) == null ? ""
                : Texts.cleanOrNull(address), "", "Thành phố Hà Nội");
        return send(citizen, "user_submit_info", cleanName + " · " + national, null,
                ts -> events().submitInfo(citizen.userId(), ts, info));
    }

    Sent follow(SimulatedCitizen citizen, boolean follow) {
        String event = follow ? "follow" : "unfollow";
        return send(citizen, event, null, null, ts -> events().follow(event, citizen.userId(), ts));
    }

    Sent chatNow(SimulatedCitizen citizen) {
        return send(citizen, "user_click_chatnow", null, null, ts -> events().chatNow(citizen.userId(), ts));
    }

    Sent sticker(SimulatedCitizen citizen) {
        return send(citizen, "user_send_sticker", null, null,
                ts -> events().sticker(citizen.userId(), msgId(), ts, "bfe458bf64fa8da4d4eb"));
    }

    /** Posts the last event again, byte for byte, as Zalo does when it retries: the webhook must not repeat it. */
    Sent again(SimulatedCitizen citizen) {
        Sent last = citizen.lastGenuine();
        if (last == null) {
            throw new SimulatorProblem("zalosimulator.problem.nothingToRepeat");
        }
        FakeWebhook.Delivery answer = webhook.post(last.body());
        Sent sent = new Sent(clock.instant(), last.event(), last.text(), last.mediaPath(), last.body(),
                answer.status(), Delivery.REPEATED);
        citizen.record(sent);
        return sent;
    }

    /** Posts a text signed with a wrong key, as an attacker would: the webhook must refuse it with 401. */
    Sent forged(SimulatedCitizen citizen, String text) {
        String clean = required(text, "zalosimulator.problem.textEmpty");
        String body = events().text(citizen.userId(), msgId(), citizen.nextTimestamp(clock.millis()), clean);
        FakeWebhook.Delivery answer = webhook.postForged(body);
        Sent sent = new Sent(clock.instant(), "user_send_text", clean, null, body, answer.status(), Delivery.FORGED);
        citizen.record(sent);
        return sent;
    }

    private Sent send(SimulatedCitizen citizen, String event, String text, String mediaPath, LongFunction<String> body) {
        String raw = body.apply(citizen.nextTimestamp(clock.millis()));
        zalo.interacted(citizen.userId(), clock.instant());
        FakeWebhook.Delivery answer = webhook.post(raw);
        Sent sent = new Sent(clock.instant(), event, text, mediaPath, raw, answer.status(), Delivery.FIRST);
        citizen.record(sent);
        return sent;
    }

    private String host(MultipartFile file, String missingKey) {
        if (file == null || file.isEmpty()) {
            throw new SimulatorProblem(missingKey);
        }
        try {
            String type = file.getContentType() == null ? "application/octet-stream" : file.getContentType();
            return FakeMedia.path(media.host(file.getOriginalFilename(), type, file.getBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FakeEvents events() {
        return webhook.events();
    }

    private static String required(String value, String key) {
        String clean = Texts.cleanOrNull(value);
        if (clean == null) {
            throw new SimulatorProblem(key);
        }
        return clean;
    }

    /** A decimal coordinate within ±limit, as Zalo sends it (a string). */
    private static String coordinate(String value, int limit) {
        try {
            BigDecimal number = new BigDecimal(required(value, "zalosimulator.problem.coordinates").replace(',', '.'));
            if (number.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
                throw new SimulatorProblem("zalosimulator.problem.coordinates");
            }
            return number.toPlainString();
        } catch (NumberFormatException e) {
            throw new SimulatorProblem("zalosimulator.problem.coordinates");
        }
    }

    private static String msgId() {
        byte[] bytes = new byte[10];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
