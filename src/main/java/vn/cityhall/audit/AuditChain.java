package vn.cityhall.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the end of the chain. Each append locks the single {@code audit_chain_head}
 * row ({@code SELECT ... FOR UPDATE}, on H2 and PostgreSQL alike), takes the next sequence number
 * and the previous hash from it, inserts the entry and moves the head, all in one transaction of
 * its own: concurrent writers, on one node or many, queue on that row, so the chain never forks
 * and never skips a number, and the audit entry commits whatever happens to the caller's work.
 * A batch of entries takes the lock once and gets consecutive numbers ({@link AuditGroupCommit} gathers
 * them). There is deliberately no method that changes or removes an entry.
 */
@Component
class AuditChain {

    private static final String LOCK_HEAD =
            "select last_sequence, last_hash from audit_chain_head where id = 1 for update";
    private static final String INSERT = "insert into audit_entry (sequence_number, occurred_at, actor_username, "
            + "actor_person_id, source_address, action, target_type, target_id, detail, outcome, previous_hash, hash) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String MOVE_HEAD = "update audit_chain_head set last_sequence = ?, last_hash = ? where id = 1";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditChain(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends the entries in this order, in one transaction, and returns their sequence numbers. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public List<Long> append(List<AuditDraft> drafts) {
        Head head = jdbc.queryForObject(LOCK_HEAD,
                (rs, row) -> new Head(rs.getLong("last_sequence"), rs.getString("last_hash")));
        if (head == null) {
            throw new IllegalStateException("audit_chain_head is missing: the audit migration did not run");
        }
        // Taken while holding the lock, so that the times follow the order of the chain (as far as
        // the clock does); microseconds are what both databases store, and the hash must match them.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Object[]> rows = new ArrayList<>(drafts.size());
        List<Long> sequences = new ArrayList<>(drafts.size());
        long sequence = head.sequence();
        String previous = head.hash();
        for (AuditDraft draft : drafts) {
            AuditEntryContent content = draft.at(++sequence, now, previous);
            previous = content.hash();
            rows.add(new Object[] {content.sequence(), OffsetDateTime.ofInstant(content.occurredAt(), ZoneOffset.UTC),
                    content.actorUsername(), content.actorPersonId(), content.sourceAddress(), content.action(),
                    content.targetType(), content.targetId(), content.detail(), content.outcome().name(),
                    content.previousHash(), previous});
            sequences.add(sequence);
        }
        jdbc.batchUpdate(INSERT, rows);
        jdbc.update(MOVE_HEAD, sequence, previous);
        return sequences;
    }

    private record Head(long sequence, String hash) {
    }
}
