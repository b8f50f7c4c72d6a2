package vn.cityhall.feedback.lists;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.feedback.BlockedSender;
import vn.cityhall.feedback.BlockedSenders;
import vn.cityhall.feedback.PhoneNumbers;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.PersonId;
import vn.cityhall.organization.PersonView;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.CityZone;
import vn.cityhall.shared.web.PageView;

/**
 * The senders feedback operators have stopped. Intake reads the same table ({@code SenderLimits}) and
 * refuses what a stopped phone number or address sends. Adding and removing are audited, naming the
 * row, never the number.
 */
@Service
@Transactional
class Blocklist {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final BlockedSenders blocked;
    private final OrganizationDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Blocklist(BlockedSenders blocked, OrganizationDirectory directory, ApplicationEventPublisher events, Clock clock) {
        this.blocked = blocked;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One page of entries, newest first.
     *
     * @param query part of a phone number or address; a whole phone number is matched however it is typed
     */
    @Transactional(readOnly = true)
    PageView<BlockedRow> page(String query, int page) {
        PageRequest request = PageRequest.of(Math.max(0, Math.min(page, 10_000)), PAGE_SIZE);
        Page<BlockedSender> found = query == null ? blocked.findAllByOrderByBlockedAtDescIdDesc(request)
                : blocked.findBySenderContainingOrderByBlockedAtDescIdDesc(
                        PhoneNumbers.normalize(query).orElse(query), request);
        return PageView.of(found, this::row);
    }

    /** Stops the sender of a checked form and returns the entry's id. */
    long block(BlockForm form, StaffUser operator) {
        BlockedSender.Kind kind = form.senderKind();
        String sender = form.normalizedSender().orElseThrow();
        if (blocked.existsByKindAndSender(kind, sender)) {
            throw alreadyBlocked(sender);
        }
        BlockedSender entry = blocked.saveAndFlush(BlockedSender.block(kind, sender, form.reason(),
                operator.person().value(), clock.instant()));
        events.publishEvent(new SenderBlocked(entry.id(), kind, AuditActor.current()));
        return entry.id();
    }

    /** Lets the sender send again and returns the entry that was removed. */
    BlockedRow unblock(long id) {
        BlockedSender entry = blocked.findById(id).orElseThrow(() -> new ListItemNotFound("blockedSender", id));
        BlockedRow row = row(entry);
        blocked.delete(entry);
        events.publishEvent(new SenderUnblocked(id, entry.kind(), AuditActor.current()));
        return row;
    }

    static ListRefusal alreadyBlocked(String sender) {
        return new ListRefusal("sender", "feedbacklists.blocklist.exists", sender);
    }

    private BlockedRow row(BlockedSender entry) {
        String by = entry.blockedBy() == null ? null
                : directory.person(new PersonId(entry.blockedBy())).map(PersonView::fullName).orElse(null);
        return new BlockedRow(entry.id(), entry.kind().name(), "feedbacklists.blocklist.kind." + entry.kind().name(),
                entry.sender(), entry.reason(), by, TIME.format(entry.blockedAt().atZone(CityZone.ID)));
    }
}
