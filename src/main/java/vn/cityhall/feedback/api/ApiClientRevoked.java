package vn.cityhall.feedback.api;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Audited;

/** An administrator revoked a client's API key; it stops working within the key cache's lifetime. */
public record ApiClientRevoked(long clientId, String name, String keyPrefix, AuditActor actor) implements Audited {

    @Override
    public String auditAction() {
        return "feedback.apiClient.revoked";
    }

    @Override
    public String auditTargetType() {
        return "ApiClient";
    }

    @Override
    public String auditTargetId() {
        return String.valueOf(clientId);
    }

    @Override
    public String auditDetail() {
        return "name=" + name + ", prefix=" + keyPrefix;
    }
}
