package vn.cityhall.knowledge.web;

import org.springframework.validation.Errors;

import vn.cityhall.knowledge.Announcements;
import vn.cityhall.knowledge.internal.AnnouncementView;
import vn.cityhall.shared.Texts;

/**
 * The form of an announcement: a title for the staff list and a body of at most
 * {@value Announcements#BODY_MAX} characters (one Zalo message), line breaks kept.
 */
public record AnnouncementForm(String title, String body, String version) {

    static final int TITLE_MAX = 200;

    public AnnouncementForm {
        title = Texts.cleanOrNull(title);
        body = body == null ? null : Texts.cleanOrNull(body.replace("\r\n", "\n").replace('\r', '\n'));
        version = Texts.cleanOrNull(version);
    }

    static AnnouncementForm blank() {
        return new AnnouncementForm(null, null, null);
    }

    static AnnouncementForm of(AnnouncementView announcement) {
        return new AnnouncementForm(announcement.title(), announcement.body(), Long.toString(announcement.version()));
    }

    void check(Errors errors) {
        require(errors, "title", title, TITLE_MAX);
        require(errors, "body", body, Announcements.BODY_MAX);
    }

    private static void require(Errors errors, String field, String value, int max) {
        if (value == null) {
            errors.rejectValue(field, "knowledge.error.required");
        } else if (value.length() > max) {
            errors.rejectValue(field, "knowledge.error.tooLong", new Object[] {max}, null);
        }
    }
}
