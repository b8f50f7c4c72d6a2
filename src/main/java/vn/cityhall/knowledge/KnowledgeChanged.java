package vn.cityhall.knowledge;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Audited;

/**
 * Staff changed the knowledge base: an entry was created, revised, published or unpublished, or an
 * announcement was drafted or revised, or its delivery counts were recorded.
 *
 * @param target {@code entry} or {@code announcement}
 * @param id the entry's or announcement's id
 * @param change {@code created}, {@code updated}, {@code published}, {@code unpublished} or {@code delivered}
 * @param detail a short, non-personal detail (the category, the counts …)
 */
public record KnowledgeChanged(String target, long id, String change, String detail, AuditActor actor)
        implements Audited {

    public static KnowledgeChanged of(String target, long id, String change, String detail) {
        return new KnowledgeChanged(target, id, change, detail, AuditActor.current());
    }

    @Override
    public String auditAction() {
        return "knowledge." + target + "." + change;
    }

    @Override
    public String auditTargetType() {
        return "knowledge." + target;
    }

    @Override
    public String auditTargetId() {
        return String.valueOf(id);
    }

    @Override
    public String auditDetail() {
        return detail == null ? "" : detail;
    }
}
