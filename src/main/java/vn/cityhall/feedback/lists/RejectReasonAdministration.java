package vn.cityhall.feedback.lists;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.feedback.RejectReason;
import vn.cityhall.feedback.RejectReasons;

/** Changes to the reject reasons, by system administrators and feedback operators. */
@Service
@Transactional
class RejectReasonAdministration {

    static final String LIST = "rejectReason";

    private final RejectReasons reasons;
    private final ApplicationEventPublisher events;

    RejectReasonAdministration(RejectReasons reasons, ApplicationEventPublisher events) {
        this.reasons = reasons;
        this.events = events;
    }

    @Transactional(readOnly = true)
    List<RejectReasonRow> rows() {
        return reasons.findAll(Sort.by("sortOrder", "id")).stream().map(RejectReasonRow::of).toList();
    }

    @Transactional(readOnly = true)
    RejectReason find(long id) {
        return reasons.findById(id).orElseThrow(() -> new ListItemNotFound(LIST, id));
    }

    long create(RejectReasonForm form) {
        if (reasons.findByCode(form.code()).isPresent()) {
            throw codeTaken(form.code());
        }
        RejectReason reason = reasons.saveAndFlush(RejectReason.create(form.code(), form.details()));
        events.publishEvent(FeedbackListChanged.of(LIST, reason.id(), "created", reason.code()));
        return reason.id();
    }

    void update(long id, RejectReasonForm form) {
        RejectReason reason = find(id);
        ListRefusal.requireVersion(FormValues.version(form.version()), reason.version());
        reasons.saveAndFlush(reason.revise(form.details()));
        events.publishEvent(FeedbackListChanged.of(LIST, id, "updated", reason.code()));
    }

    static ListRefusal codeTaken(String code) {
        return new ListRefusal("code", "feedbacklists.error.codeTaken", code);
    }
}
