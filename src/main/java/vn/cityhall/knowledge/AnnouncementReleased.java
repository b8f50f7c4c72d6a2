package vn.cityhall.knowledge;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Audited;

/**
 * Staff sent an announcement: the channels that broadcast (Zalo) send it to their followers where their
 * rules allow, then report the counts with {@link Announcements#recordDelivery}. Published once per
 * announcement: a sent announcement cannot be sent again.
 *
 * @param id the announcement's id
 * @param title its title
 * @param body its text, at most {@value Announcements#BODY_MAX} characters (one Zalo text message)
 * @param actor who sent it
 */
public record AnnouncementReleased(long id, String title, String body, AuditActor actor) implements Audited {

    @Override
    public String auditAction() {
        return "knowledge.announcement.released";
    }

    @Override
    public String auditTargetType() {
        return "knowledge.announcement";
    }

    @Override
    public String auditTargetId() {
        return String.valueOf(id);
    }
}
