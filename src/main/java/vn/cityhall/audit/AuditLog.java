package vn.cityhall.audit;

import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import vn.cityhall.shared.web.PageView;

/**
 * Reads the audit trail, for system administrators only: searching it and verifying the hash
 * chain. Each verification is itself recorded ({@code audit.chain.verified}), so the log shows who
 * checked it, when, and what they found.
 */
@Service
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
public class AuditLog {

    static final String VERIFIED = "audit.chain.verified";

    private final AuditSearch search;
    private final ChainVerifier verifier;
    private final AuditTrail trail;
    private final AuditSettings settings;

    AuditLog(AuditSearch search, ChainVerifier verifier, AuditTrail trail, AuditSettings settings) {
        this.search = search;
        this.verifier = verifier;
        this.trail = trail;
        this.settings = settings;
    }

    /** One page (zero-based) of the entries matching the query, newest first. */
    public PageView<AuditEntryView> search(AuditQuery query, int page) {
        return search.search(query, page, settings.pageSize());
    }

    /** One entry in full, by its sequence number. */
    public Optional<AuditEntryView> entry(long sequence) {
        return search.find(sequence);
    }

    /** Walks the whole chain and reports whether it is intact or where it first breaks. */
    public ChainVerification verifyChain() {
        ChainVerification result = verifier.verify();
        String detail = result.intact()
                ? "intact, " + result.entries() + " entries up to " + result.lastSequence()
                : result.firstProblem().kind() + " at " + result.firstProblem().sequence() + ", "
                        + result.entries() + " sound entries before it";
        trail.record(VERIFIED, "AuditChain", String.valueOf(result.lastSequence()), detail,
                result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE);
        return result;
    }
}
