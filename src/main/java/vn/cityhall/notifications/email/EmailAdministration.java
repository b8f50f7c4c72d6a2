package vn.cityhall.notifications.email;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.shared.web.PageView;

/** What administrators see of the outbox (e-mails not sent yet or given up) and their "send again". */
@Service
@Transactional(readOnly = true)
public class EmailAdministration {

    private static final int PAGE_SIZE = 50;

    private final OutboxEmails outbox;
    private final Clock clock;

    EmailAdministration(OutboxEmails outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** One e-mail of the outbox as administrators see it. */
    public record EmailRow(long id, long recipientId, String address, String kind, EmailStatus status, int attempts,
            Instant nextAttemptAt, String lastError, Instant createdAt) {

        public boolean failed() {
            return status == EmailStatus.FAILED;
        }
    }

    /** Failed and pending e-mails, failed first, then oldest first. */
    public PageView<EmailRow> unsent(int page) {
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
                Sort.by(Sort.Order.asc("status"), Sort.Order.asc("createdAt"), Sort.Order.asc("id")));
        return PageView.of(outbox.findByStatusIn(List.of(EmailStatus.FAILED, EmailStatus.PENDING), request),
                email -> new EmailRow(email.id(), email.recipientId(), email.address(), email.kind(), email.status(),
                        email.attempts(), email.nextAttemptAt(), email.lastError(), email.createdAt()));
    }

    public long count(EmailStatus status) {
        return outbox.countByStatus(status);
    }

    /** Queues a failed or pending e-mail for the next run of the sender; false when there is none (or it was sent). */
    @Transactional
    public boolean resend(long id) {
        return outbox.findById(id).map(email -> email.resend(clock.instant())).orElse(false);
    }
}
