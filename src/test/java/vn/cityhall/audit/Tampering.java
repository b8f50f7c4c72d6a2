package vn.cityhall.audit;

import java.time.OffsetDateTime;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes audit rows behind the application's back, as someone with direct database access
 * would, and puts them back afterwards so that the shared test database keeps a sound chain. On
 * PostgreSQL the append-only trigger is disabled only inside the tampering transaction (DDL is
 * transactional there), so no other session ever sees the table unprotected.
 */
final class Tampering {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final boolean postgres;

    Tampering(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.postgres = isPostgres(jdbc.getDataSource());
    }

    static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
            return product.toLowerCase().contains("postgres");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    boolean postgres() {
        return postgres;
    }

    void asAttacker(Consumer<JdbcTemplate> statements) {
        transactions.executeWithoutResult(status -> {
            if (postgres) {
                jdbc.execute("alter table audit_entry disable trigger audit_entry_append_only");
            }
            statements.accept(jdbc);
            if (postgres) {
                jdbc.execute("alter table audit_entry enable trigger audit_entry_append_only");
            }
        });
    }

    Snapshot snapshot(long sequence) {
        return jdbc.queryForObject("select * from audit_entry where sequence_number = ?", (rs, n) -> new Snapshot(
                rs.getLong("sequence_number"), rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("actor_username"), (Long) rs.getObject("actor_person_id", Long.class),
                rs.getString("source_address"), rs.getString("action"), rs.getString("target_type"),
                rs.getString("target_id"), rs.getString("detail"), rs.getString("outcome"),
                rs.getString("previous_hash"), rs.getString("hash")), sequence);
    }

    /** Puts the row back exactly as it was. */
    void restore(Snapshot row) {
        asAttacker(sql -> {
            sql.update("delete from audit_entry where sequence_number = ?", row.sequence());
            sql.update("insert into audit_entry (sequence_number, occurred_at, actor_username, actor_person_id, "
                    + "source_address, action, target_type, target_id, detail, outcome, previous_hash, hash) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.sequence(), row.occurredAt(), row.actor(),
                    row.personId(), row.address(), row.action(), row.targetType(), row.targetId(), row.detail(),
                    row.outcome(), row.previousHash(), row.hash());
        });
    }

    record Snapshot(long sequence, OffsetDateTime occurredAt, String actor, Long personId, String address,
            String action, String targetType, String targetId, String detail, String outcome, String previousHash,
            String hash) {

        /** What the entry says, as the verification recomputes it. */
        AuditEntryContent content(String newDetail) {
            return new AuditEntryContent(sequence, occurredAt.toInstant(), actor, personId, address, action,
                    targetType, targetId, newDetail, AuditOutcome.valueOf(outcome), previousHash);
        }
    }
}
