package vn.cityhall.shared;

/**
 * Implemented by every event that must appear in the audit trail. The audit module listens to
 * this type only, so it needs no knowledge of the modules that publish the events. The actor is
 * captured when the event is created, because listeners run later, outside the request.
 */
public interface Audited {

    /** Who did it and from where. */
    AuditActor actor();

    /** A stable action name, {@code module.target.verb}, e.g. {@code organization.unit.created}. */
    String auditAction();

    /** The kind of thing acted on, e.g. {@code Unit}. */
    String auditTargetType();

    /** The identifier of the thing acted on. */
    String auditTargetId();

    /** A short, non-personal description of the change (never a password or a secret). */
    default String auditDetail() {
        return "";
    }
}
