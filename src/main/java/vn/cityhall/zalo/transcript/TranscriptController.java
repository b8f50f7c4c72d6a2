package vn.cityhall.zalo.transcript;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate jdbc;
    private final ZaloUsers users;
    private final IncomingMessages incoming;
    private final ZaloOutbox outbox;
    private final AuditTrail audit;

    TranscriptController(JdbcTemplate jdbc, ZaloUsers users, IncomingMessages incoming, ZaloOutbox outbox,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.incoming = incoming;
        this.outbox = outbox;
        this.audit = audit;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String q, Model model) {
        String query = Texts.cleanOrNull(q);
        String like = query == null ? null : "%" + query.replace("\\", "").replace("%", "").replace("_", "") + "%";
        List<TranscriptUser> found = jdbc.query("select user_id, shared_name, follower, last_interaction_at from zalo_user"
                + (like == null ? "" : " where user_id like ? or lower(shared_name) like lower(?)")
                + " order by last_interaction_at desc nulls last, user_id limit " + USERS_SHOWN,
                (rs, row) -> new TranscriptUser(rs.getString("user_id"), rs.getString("shared_name"),
                        rs.getBoolean("follower"), time(rs.getTimestamp("last_interaction_at"))),
                like == null ? new Object[0] : new Object[] {like, like});
        model.addAttribute("users", found);
        model.addAttribute("q", query == null ? "" : query);
        return "zalo/transcript/list";
    }

    @GetMapping(PATH + "/{userId}")
    String show(@PathVariable String userId, Model model) {
        ZaloUser user = users.find(userId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<TranscriptLine> lines = new ArrayList<>(incoming.of(userId, MESSAGES_SHOWN));
        outbox.messagesTo(userId, MESSAGES_SHOWN).stream().map(TranscriptController::outgoing).forEach(lines::add);
        lines.sort(Comparator.comparing(TranscriptLine::at));
        audit.record("zalo.conversation.viewed", "ZaloUser", userId, null, AuditOutcome.SUCCESS);
        model.addAttribute("user", new TranscriptUser(user.userId(), user.sharedName(), user.follower(),
                time(user.lastInteraction())));
        model.addAttribute("lines", lines.stream().map(line -> new TranscriptLine(line.at(), time(line.at()),
                line.incoming(), line.text(), line.kindKey(), line.statusKey(), line.feedbackId())).toList());
        return "zalo/transcript/conversation";
    }

    private static TranscriptLine outgoing(ZaloOutboundMessage message) {
        return new TranscriptLine(message.createdAt(), null, false, message.text(), null,
                "zalooutbound.status." + message.status().name(), message.feedbackId());
    }

    private static String time(Timestamp at) {
        return at == null ? null : time(at.toInstant());
    }

    private static String time(Instant at) {
        return at == null ? null : TIME.format(at.atZone(CityZone.ID));
    }
}
