package vn.cityhall.feedback.api;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Audited;

/** An administrator issued an API key to a client; the detail names the key's prefix, never the key. */
public record ApiClientIssued(long clientId, String name, String keyPrefix, AuditActor actor) implements Audited {

    @Override
    public String auditAction() {
        return "feedback.apiClient.issued";
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
