package vn.cityhall.zalo.outbound;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cityhall.shared.CityZone;
import vn.cityhall.shared.web.Localizer;
import vn.cityhall.zalo.webhook.ZaloWebhookHealth;

/**
 * {@code /admin/zalo/outbox}: system administrators watch the Zalo channel (the webhook's last event, waiting and
 * failed events and refused calls; the outbox's backlog per status and oldest waiting message; the token's
 * state) and send dead or undeliverable messages again.
 */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class ZaloOutboxController {

    static final String PATH = "/admin/zalo/outbox";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final int PROBLEMS_SHOWN = 200;

    private final ZaloOutbox outbox;
    private final OutboxRows rows;
    private final ZaloTokens tokens;
    private final ZaloWebhookHealth webhook;
    private final MessageSource messages;

    ZaloOutboxController(ZaloOutbox outbox, OutboxRows rows, ZaloTokens tokens, ZaloWebhookHealth webhook,
            MessageSource messages) {
        this.outbox = outbox;
        this.webhook = webhook;
        this.rows = rows;
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping(PATH)
    @Transactional(readOnly = true)
    String show(Model model) {
        Map<OutboxStatus, Long> counts = rows.countByStatus();
        ZaloTokenHealth health = tokens.health();
        ZaloWebhookHealth.Snapshot inbound = webhook.snapshot(Duration.ofHours(24));
        List<ZaloOutboxPage.Line> problems = rows
                .withStatus(List.of(OutboxStatus.DEAD, OutboxStatus.UNDELIVERABLE), PROBLEMS_SHOWN).stream()
                .map(outbox::view).map(ZaloOutboxController::line).toList();
        model.addAttribute("outbox", new ZaloOutboxPage(
                Arrays.stream(OutboxStatus.values())
                        .map(status -> new ZaloOutboxPage.Count(status.name(), statusKey(status), counts.get(status)))
                        .toList(),
                rows.oldestPending().map(ZaloOutboxController::time).orElse(null),
                time(health.accessExpiresAt()), time(health.refreshFailedAt()), health.refreshError(), problems,
                new ZaloOutboxPage.Webhook(time(inbound.lastReceivedAt()), inbound.pending(), inbound.failed(),
                        inbound.rejectedSince())));
        return "zalo/outbound/outbox";
    }

    @PostMapping(PATH + "/{id}/resend")
    String resend(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        Localizer i18n = new Localizer(messages, locale);
        try {
            outbox.resend(id);
            redirect.addFlashAttribute("notice", i18n.t("zalooutbound.resent", String.valueOf(id)));
        } catch (OutboxRefusal refusal) {
            redirect.addFlashAttribute("problem", i18n.t(refusal.messageKey(),
                    Arrays.stream(refusal.arguments()).map(String::valueOf).toArray()));
        }
        return "redirect:" + PATH;
    }

    private static ZaloOutboxPage.Line line(ZaloOutboundMessage message) {
        return new ZaloOutboxPage.Line(message.id(), message.idempotencyKey(), message.userId(), message.feedbackId(),
                message.status().name(), statusKey(message.status()), message.channel().name(), message.attempts(),
                message.lastErrorCode() == null ? "" : String.valueOf(message.lastErrorCode()),
                message.lastError() == null ? "" : message.lastError(), message.text(), time(message.createdAt()));
    }

    static String statusKey(OutboxStatus status) {
        return "zalooutbound.status." + status.name();
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant.atZone(CityZone.ID));
    }
}
