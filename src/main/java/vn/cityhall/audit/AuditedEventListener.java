package vn.cityhall.audit;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import vn.cityhall.shared.Audited;

/**
 * Records every {@link Audited} event another module publishes. It runs after the publisher's
 * transaction commits (a rolled-back change is not recorded as done), asynchronously, and through
 * the event publication registry: if recording fails, the publication stays incomplete and is
 * delivered again, so no audited change is lost.
 */
@Component
class AuditedEventListener {

    private final AuditTrail trail;

    AuditedEventListener(AuditTrail trail) {
        this.trail = trail;
    }

    // No surrounding transaction: the append opens its own, and one around it would only hold a
    // second database connection while waiting for the chain head.
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(Audited event) {
        trail.record(event.actor(), event.auditAction(), event.auditTargetType(), event.auditTargetId(),
                event.auditDetail(), AuditOutcome.SUCCESS);
    }
}
