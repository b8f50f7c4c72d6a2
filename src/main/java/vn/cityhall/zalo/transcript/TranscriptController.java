package vn.cityhall.zalo.transcript;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.cityhall.audit.AuditOutcome;
import vn.cityhall.audit.AuditTrail;
import vn.cityhall.shared.CityZone;
import vn.cityhall.shared.Texts;
import vn.cityhall.zalo.outbound.ZaloOutbox;
import vn.cityhall.zalo.outbound.ZaloOutboundMessage;
import vn.cityhall.zalo.webhook.UserMessage;
import vn.cityhall.zalo.webhook.UserMessages;
import vn.cityhall.zalo.webhook.ZaloUser;
import vn.cityhall.zalo.webhook.ZaloUsers;

/**
 * {@code /zalo/conversations}: feedback operators (and administrators) read what citizens wrote to the OA and
 * what the OA answered, with each answer's delivery status. The list shows the citizens who wrote last first,
 * searchable by the name they shared or their Zalo id; opening one conversation is recorded in the audit
 * trail ({@code zalo.conversation.viewed}), as every view of a citizen's personal messages is.
 */
@Controller
@PreAuthorize("hasAnyRole('FEEDBACK_OPERATOR', 'SYSTEM_ADMIN')")
class TranscriptController {

    static final String PATH = "/zalo/conversations";
    static final int USERS_SHOWN = 100;
    static final int MESSAGES_SHOWN = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final ZaloUsers users;
    private final UserMessages incoming;
    private final ZaloOutbox outbox;
    private final AuditTrail audit;

    TranscriptController(ZaloUsers users, UserMessages incoming, ZaloOutbox outbox, AuditTrail audit) {
        this.users = users;
        this.incoming = incoming;
        this.outbox = outbox;
        this.audit = audit;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String q, Model model) {
        String query = Texts.cleanOrNull(q);
        model.addAttribute("users", users.latest(query, USERS_SHOWN).stream().map(TranscriptController::view).toList());
        model.addAttribute("q", query == null ? "" : query);
        return "zalo/transcript/list";
    }

    @GetMapping(PATH + "/{userId}")
    String show(@PathVariable String userId, Model model) {
        ZaloUser user = users.find(userId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<TranscriptLine> lines = new ArrayList<>();
        incoming.latest(userId, MESSAGES_SHOWN).stream().map(TranscriptController::incoming).forEach(lines::add);
        outbox.messagesTo(userId, MESSAGES_SHOWN).stream().map(TranscriptController::outgoing).forEach(lines::add);
        lines.sort(Comparator.comparing(TranscriptLine::at));
        audit.record("zalo.conversation.viewed", "ZaloUser", userId, null, AuditOutcome.SUCCESS);
        model.addAttribute("user", view(user));
        model.addAttribute("lines", lines.stream().map(line -> new TranscriptLine(line.at(), time(line.at()),
                line.incoming(), line.text(), line.kindKey(), line.statusKey(), line.feedbackId())).toList());
        return "zalo/transcript/conversation";
    }

    private static TranscriptUser view(ZaloUser user) {
        return new TranscriptUser(user.userId(), user.sharedName(), user.follower(), time(user.lastInteraction()));
    }

    private static TranscriptLine incoming(UserMessage message) {
        return new TranscriptLine(message.at(), null, true, message.text(),
                message.text() == null ? "zalotranscript.event." + message.event() : null, null, null);
    }

    private static TranscriptLine outgoing(ZaloOutboundMessage message) {
        return new TranscriptLine(message.createdAt(), null, false, message.text(), null,
                "zalooutbound.status." + message.status().name(), message.feedbackId());
    }

    private static String time(Instant at) {
        return at == null ? null : TIME.format(at.atZone(CityZone.ID));
    }
}
