package vn.cityhall.zalo.simulator;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.cityhall.shared.CityZone;
import vn.cityhall.zalo.fake.FakeEndpoint;
import vn.cityhall.zalo.fake.FakeMessage;
import vn.cityhall.zalo.fake.FakeWebhook;
import vn.cityhall.zalo.fake.FakeZalo;
import vn.cityhall.zalo.fake.FakeZaloSettings;
import vn.cityhall.zalo.outbound.OutboxStatus;
import vn.cityhall.zalo.outbound.ZaloOutboundMessage;
import vn.cityhall.zalo.outbound.ZaloOutbox;
import vn.cityhall.zalo.simulator.SimulatedCitizen.Delivery;
import vn.cityhall.zalo.simulator.SimulatedCitizen.Sent;

/**
 * What the simulated citizen's phone shows: the events it sent, and the OA's messages as the fake Zalo accepted
 * them (what a real phone would receive), each with the status the outbox recorded from Zalo's receipts, oldest
 * first. Showing an OA message for the first time is the citizen reading it: with receipts on, the fake then
 * posts {@code user_seen_message} for it, so the status moves to "seen" through the real webhook.
 */
@Component
@ConditionalOnProperty(name = "cityhall.zalo.fake.enabled", havingValue = "true")
class SimulatorChat implements DisposableBean {

    static final int SHOWN = 300;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private record Timed(Instant at, ChatLine line) {
    }

    private final FakeZalo zalo;
    private final FakeWebhook webhook;
    private final FakeZaloSettings settings;
    private final ZaloOutbox outbox;
    private final JsonMapper json;
    private final Clock clock;
    private final ExecutorService readReceipts = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "zalo-simulator-seen");
        thread.setDaemon(true);
        return thread;
    });

    SimulatorChat(FakeZalo zalo, FakeWebhook webhook, FakeZaloSettings settings, ZaloOutbox outbox, JsonMapper json,
            Clock clock) {
        this.zalo = zalo;
        this.webhook = webhook;
        this.settings = settings;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    ChatView view(SimulatedCitizen citizen) {
        List<ZaloOutboundMessage> queued = outbox.messagesTo(citizen.userId(), SHOWN);
        Map<String, OutboxStatus> statuses = queued.stream().filter(message -> message.zaloMessageId() != null)
                .collect(Collectors.toMap(ZaloOutboundMessage::zaloMessageId, ZaloOutboundMessage::status,
                        (first, second) -> second));
        List<FakeMessage> received = zalo.messagesTo(citizen.userId()).stream()
                .filter(message -> message.endpoint() == FakeEndpoint.CS).toList();
        List<Timed> lines = new ArrayList<>();
        citizen.sent().forEach(sent -> lines.add(new Timed(sent.at(), citizenLine(sent))));
        received.forEach(message -> lines.add(new Timed(message.at(), oaLine(message, statuses))));
        lines.sort(Comparator.comparing(Timed::at));
        long waiting = queued.stream().filter(message -> message.status() == OutboxStatus.PENDING).count();
        read(citizen, received.stream().map(FakeMessage::messageId).toList());
        List<ChatLine> shown = lines.stream().map(Timed::line).toList();
        return new ChatView(shown.subList(Math.max(0, shown.size() - SHOWN), shown.size()), waiting);
    }

    private ChatLine citizenLine(Sent sent) {
        boolean refused = sent.status() != 200;
        String webhookKey = switch (sent.delivery()) {
            case FIRST -> refused ? "zalosimulator.webhook.refused" : "zalosimulator.webhook.accepted";
            case REPEATED -> refused ? "zalosimulator.webhook.refused" : "zalosimulator.webhook.repeated";
            case FORGED -> refused ? "zalosimulator.webhook.forgedRefused" : "zalosimulator.webhook.forgedAccepted";
        };
        boolean forgedAccepted = sent.delivery() == Delivery.FORGED && !refused;
        return new ChatLine(time(sent.at()), true, sent.text(), "zalosimulator.event." + sent.event(),
                sent.mediaPath(), webhookKey, sent.status(), refused || forgedAccepted, null, false);
    }

    private ChatLine oaLine(FakeMessage message, Map<String, OutboxStatus> statuses) {
        OutboxStatus status = statuses.get(message.messageId());
        String statusKey = status == null ? null : "zalooutbound.status." + status.name();
        if ("request_user_info".equals(message.templateType())) {
            return new ChatLine(time(message.at()), false, templateText(message.text()),
                    "zalosimulator.template.request_user_info", null, null, 0, false, statusKey, true);
        }
        if (message.templateType() != null) {
            return new ChatLine(time(message.at()), false, null, "zalosimulator.template.other", null, null, 0, false,
                    statusKey, false);
        }
        return new ChatLine(time(message.at()), false, message.text(), null, null, null, 0, false, statusKey, false);
    }

    /** The title and subtitle of a template's first element. */
    private String templateText(String message) {
        try {
            JsonNode element = json.readTree(message).path("attachment").path("payload").path("elements").path(0);
            Function<String, String> field = name -> element.path(name).asString("");
            return (field.apply("title") + "\n" + field.apply("subtitle")).strip();
        } catch (JacksonException e) {
            return null;
        }
    }

    /** The citizen reads the messages shown for the first time: a {@code user_seen_message} for them. */
    private void read(SimulatedCitizen citizen, List<String> messageIds) {
        List<String> fresh = citizen.firstShown(messageIds);
        if (fresh.isEmpty() || !settings.receipts()) {
            return;
        }
        long at = clock.millis();
        readReceipts.execute(() -> webhook.post(webhook.events().seen(citizen.userId(), fresh, at)));
    }

    private static String time(Instant at) {
        return TIME.format(at.atZone(CityZone.ID));
    }

    @Override
    public void destroy() {
        readReceipts.shutdownNow();
    }
}
