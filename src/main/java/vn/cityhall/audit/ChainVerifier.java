package vn.cityhall.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Walks the whole chain in sequence order, a batch at a time (keyset paging, so that millions of
 * entries need neither a long transaction nor much memory), and reports the first problem.
 */
@Component
class ChainVerifier {

    private static final String HEAD = "select last_sequence, last_hash from audit_chain_head where id = 1";
    private static final String BATCH = "select sequence_number, occurred_at, actor_username, actor_person_id, "
            + "source_address, action, target_type, target_id, detail, outcome, previous_hash, hash "
            + "from audit_entry where sequence_number > ? and sequence_number <= ? "
            + "order by sequence_number limit ?";

    private final JdbcTemplate jdbc;
    private final int batchSize;

    ChainVerifier(JdbcTemplate jdbc, AuditSettings settings) {
        this.jdbc = jdbc;
        this.batchSize = settings.verificationBatchSize();
    }

    ChainVerification verify() {
        ChainWalk walk = jdbc.queryForObject(HEAD,
                (rs, row) -> new ChainWalk(rs.getLong("last_sequence"), rs.getString("last_hash")));
        if (walk == null) {
            throw new IllegalStateException("audit_chain_head is missing: the audit migration did not run");
        }
        List<StoredEntry> batch;
        do {
            batch = jdbc.query(BATCH, ChainVerifier::stored, walk.position(), walk.headSequence(), batchSize);
            for (StoredEntry entry : batch) {
                if (!walk.accept(entry.sequence(), entry.content(), entry.hash())) {
                    return walk.finish();
                }
            }
        } while (batch.size() == batchSize);
        return walk.finish();
    }

    private static StoredEntry stored(ResultSet rs, int row) throws SQLException {
        long sequence = rs.getLong("sequence_number");
        long personId = rs.getLong("actor_person_id");
        Long person = rs.wasNull() ? null : personId;
        AuditEntryContent content;
        try {
            content = new AuditEntryContent(sequence, rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                    rs.getString("actor_username"), person, rs.getString("source_address"), rs.getString("action"),
                    rs.getString("target_type"), rs.getString("target_id"), rs.getString("detail"),
                    AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("previous_hash"));
        } catch (IllegalArgumentException | NullPointerException e) {
            content = null; // values no writer of this application could have stored
        }
        return new StoredEntry(sequence, content, rs.getString("hash"));
    }

    private record StoredEntry(long sequence, AuditEntryContent content, String hash) {
    }
}
