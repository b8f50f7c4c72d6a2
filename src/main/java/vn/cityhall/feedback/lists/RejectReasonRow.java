package vn.cityhall.feedback.lists;

import vn.cityhall.feedback.RejectReason;

/** A reject reason as the list shows it. */
public record RejectReasonRow(long id, String code, String name, String nameEn, String answer, boolean active,
        int sortOrder) {

    static RejectReasonRow of(RejectReason reason) {
        return new RejectReasonRow(reason.id(), reason.code(), reason.name(), reason.nameEn(), reason.answer(),
                reason.isActive(), reason.sortOrder());
    }

    public String href() {
        return RejectReasonController.PATH + "/" + id;
    }
}
