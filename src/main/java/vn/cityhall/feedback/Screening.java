package vn.cityhall.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitType;
import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Texts;

/**
 * Screening (tiếp nhận) by operators: accept an item (confirm category, level and commune, and hand it to a
 * unit in the same step), reject it with a reason from the maintained list, or merge it into an earlier item
 * on the same matter, whose answer then goes to both senders.
 */
@Service
public class Screening {

    private final Steps steps;
    private final FeedbackAccess access;
    private final FeedbackCategories categories;
    private final RejectReasons reasons;
    private final OrganizationDirectory directory;
    private final Routing routing;

    Screening(Steps steps, FeedbackAccess access, FeedbackCategories categories, RejectReasons reasons,
            OrganizationDirectory directory, Routing routing) {
        this.steps = steps;
        this.access = access;
        this.categories = categories;
        this.reasons = reasons;
        this.directory = directory;
        this.routing = routing;
    }

    /** What an operator decides when accepting. */
    public record Acceptance(Long categoryId, FeedbackLevel level, Long communeId, Long unitId, Set<Long> coordinatorIds,
            String note) {
    }

    @Transactional
    public void accept(String code, Acceptance decision, StaffUser user) {
        access.requireOperator(user);
        Feedback item = steps.item(code);
        if (!item.awaitsScreening()) {
            throw new FeedbackStateConflict();
        }
        check(decision);
        boolean first = item.status() == FeedbackStatus.RECEIVED;
        item.classify(decision.categoryId(), decision.level(), decision.communeId(), user.personId(), steps.now());
        if (first) {
            item.register(new FeedbackAccepted(item.id(), item.code(), item.channel(), decision.categoryId(),
                    decision.level(), decision.communeId(), AuditActor.current()));
            steps.visible(item, FeedbackStep.Kind.ACCEPTED, user, null, null);
        }
        routing.assign(item, decision.unitId(), Routing.coordinators(decision.coordinatorIds()), user);
        steps.visible(item, FeedbackStep.Kind.ASSIGNED, user, decision.unitId(), Texts.cleanOrNull(decision.note()));
        steps.save(item);
    }

    @Transactional
    public void reject(String code, String reasonCode, String note, StaffUser user) {
        access.requireOperator(user);
        Feedback item = steps.item(code);
        if (!item.awaitsScreening()) {
            throw new FeedbackStateConflict();
        }
        RejectReason reason = reasons.findByCode(reasonCode == null ? "" : reasonCode).filter(RejectReason::isActive)
                .orElseThrow(() -> new FeedbackInvalid(List.of(
                        new FeedbackInvalid.FieldError("reason", "feedback.error.reasonRequired"))));
        String extra = Texts.cleanOrNull(note);
        item.reject(reason.code(), extra, user.personId(), steps.now());
        String answer = extra == null ? reason.answer() : reason.answer() + "\n" + extra;
        item.register(new FeedbackRejected(item.id(), item.code(), item.channel(), reason.code(), answer,
                AuditActor.current()));
        steps.visible(item, FeedbackStep.Kind.REJECTED, user, null, answer);
        steps.save(item);
    }

    /** Marks the item as a duplicate of {@code masterCode} (followed to its own master when merged already). */
    @Transactional
    public void merge(String code, String masterCode, StaffUser user) {
        access.requireOperator(user);
        Feedback item = steps.item(code);
        if (!item.awaitsScreening()) {
            throw new FeedbackStateConflict();
        }
        Feedback master = masterOf(masterCode);
        if (master.id() == item.id() || master.status() == FeedbackStatus.REJECTED) {
            throw new FeedbackInvalid(List.of(new FeedbackInvalid.FieldError("masterCode", "feedback.error.masterInvalid")));
        }
        item.mergeInto(master, user.personId(), steps.now());
        item.register(new FeedbackMerged(item.id(), item.code(), item.channel(), master.id(), master.code(),
                AuditActor.current()));
        steps.visible(item, FeedbackStep.Kind.MERGED, user, null, master.code());
        steps.internal(master, FeedbackStep.Kind.DUPLICATE_LINKED, user, null, item.code(), null);
        steps.save(item);
    }

    private Feedback masterOf(String masterCode) {
        try {
            Feedback master = steps.item(masterCode);
            for (int hops = 0; master.duplicateOf() != null && hops < 10; hops++) {
                master = steps.byId(master.duplicateOf());
            }
            return master;
        } catch (FeedbackNotFound missing) {
            throw new FeedbackInvalid(List.of(new FeedbackInvalid.FieldError("masterCode", "feedback.error.masterUnknown")));
        }
    }

    private void check(Acceptance decision) {
        List<FeedbackInvalid.FieldError> errors = new ArrayList<>();
        if (decision.categoryId() == null || categories.findById(decision.categoryId())
                .filter(FeedbackCategory::isActive).isEmpty()) {
            errors.add(new FeedbackInvalid.FieldError("categoryId", "feedback.error.categoryRequired"));
        }
        if (decision.level() == null) {
            errors.add(new FeedbackInvalid.FieldError("level", "feedback.error.levelRequired"));
        }
        if (decision.communeId() != null && directory.unit(UnitId.of(decision.communeId()))
                .filter(unit -> unit.type() == UnitType.COMMUNE).isEmpty()) {
            errors.add(new FeedbackInvalid.FieldError("communeId", "feedback.error.communeUnknown"));
        }
        try {
            routing.checkUnits(decision.unitId(), decision.coordinatorIds());
        } catch (FeedbackInvalid invalid) {
            errors.addAll(invalid.errors());
        }
        if (!errors.isEmpty()) {
            throw new FeedbackInvalid(errors);
        }
    }
}
