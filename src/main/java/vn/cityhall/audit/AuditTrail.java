package vn.cityhall.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;

import vn.cityhall.shared.AuditActor;

/**
 * Writes to the audit trail. Other modules normally publish events implementing
 * {@link vn.cityhall.shared.Audited}, which are recorded after their transaction commits; they call
 * this directly where no event fits, e.g. to log that someone viewed a citizen's personal data.
 * <p>
 * Every call appends one entry in a transaction of its own ({@code REQUIRES_NEW}): the entry is
 * kept even when the caller's transaction later rolls back (a refused or failed attempt is worth
 * recording too), and it is written before this method returns. Never pass passwords, tokens or
 * other secrets, and keep personal data out of {@code detail}: name the record, not its content.
 */
@Service
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    /** With H2's 2-second lock timeout, up to half a minute of waiting for the chain head. */
    private static final int ATTEMPTS = 15;

    private final AuditGroupCommit chain;

    AuditTrail(AuditGroupCommit chain) {
        this.chain = chain;
    }

    /**
     * Records an action of the current user (or the system outside a request).
     *
     * @param action a stable name, {@code module.target.verb}, e.g. {@code audit.personaldata.viewed}
     * @param targetType the kind of thing acted on, e.g. {@code Feedback}; may be {@code null}
     * @param targetId its identifier; may be {@code null}
     * @param detail a short description without secrets or personal data; may be {@code null}
     * @return the entry's sequence number in the chain
     */
    public long record(String action, String targetType, String targetId, String detail, AuditOutcome outcome) {
        return record(AuditActor.current(), action, targetType, targetId, detail, outcome);
    }

    /**
     * Records an action of the given actor (captured earlier, e.g. when an event was created).
     *
     * @return the entry's sequence number in the chain
     * @throws IllegalArgumentException when the action or the outcome is missing
     */
    public long record(AuditActor actor, String action, String targetType, String targetId, String detail,
            AuditOutcome outcome) {
        AuditDraft draft = AuditDraft.of(actor, action, targetType, targetId, detail, outcome);
        for (int attempt = 1; ; attempt++) {
            try {
                return chain.append(draft);
            } catch (TransientDataAccessException e) {
                // H2 gives up waiting for the locked chain head after its lock timeout (a query
                // timeout), PostgreSQL after lock_timeout if one is set: another writer held it
                // for long, which is no failure of the audit, so queue up again.
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                log.debug("Audit chain head busy, attempt {} of {}", attempt, ATTEMPTS);
            }
        }
    }
}
