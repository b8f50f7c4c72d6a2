package vn.cityhall.feedback;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;
import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Texts;

/**
 * Who handles an item: the unit suggested by its category and commune, assignment with coordinating units
 * and the deadline of its level, transfers by operators, and returns by a unit that finds the item outside
 * its competence. Each assignment is a task for the unit ({@link Obligations}).
 */
@Service
public class Routing {

    private final Steps steps;
    private final FeedbackAccess access;
    private final FeedbackCategories categories;
    private final OrganizationDirectory directory;
    private final HandlingDeadlines deadlines;
    private final Obligations obligations;

    Routing(Steps steps, FeedbackAccess access, FeedbackCategories categories, OrganizationDirectory directory,
            HandlingDeadlines deadlines, Obligations obligations) {
        this.steps = steps;
        this.access = access;
        this.categories = categories;
        this.directory = directory;
        this.deadlines = deadlines;
        this.obligations = obligations;
    }

    /**
     * The unit that normally handles a category: the category's department, or the commune of the location — its
     * division for the category ({@link FeedbackCategory#communeDivision()}) when it has one.
     */
    public Optional<UnitNode> suggestedUnit(Long categoryId, Long communeId) {
        FeedbackCategory category = categoryId == null ? null : categories.findById(categoryId).orElse(null);
        if (category != null && category.handler() == FeedbackCategory.Handler.DEPARTMENT) {
            return directory.unitByCode(category.handlerUnitCode()).filter(UnitNode::active);
        }
        if (communeId == null) {
            return Optional.empty();
        }
        Optional<UnitNode> commune = directory.unit(UnitId.of(communeId)).filter(UnitNode::active);
        if (commune.isEmpty() || category == null || category.communeDivision() == null) {
            return commune;
        }
        return directory.unitByCode(commune.get().code() + "." + category.communeDivision()).filter(UnitNode::active)
                .or(() -> commune);
    }

    /** An operator sends an assigned item to another unit (or the same unit with other coordinators). */
    @Transactional
    public void transfer(String code, Long unitId, Set<Long> coordinatorIds, String note, StaffUser user) {
        access.requireOperator(user);
        Feedback item = steps.item(code);
        if (item.status() != FeedbackStatus.ASSIGNED) {
            throw new FeedbackStateConflict();
        }
        checkUnits(unitId, coordinatorIds);
        obligations.cancel(item, steps.now());
        assign(item, unitId, coordinatorIds, user);
        steps.internal(item, FeedbackStep.Kind.TRANSFERRED, user, unitId, Texts.cleanOrNull(note), null);
        steps.save(item);
    }

    /** The handling unit returns the item to screening: it is not within its competence. */
    @Transactional
    public void giveBack(String code, String reason, StaffUser user) {
        Feedback item = steps.item(code);
        if (!access.mayHandle(user, item)) {
            throw new org.springframework.security.access.AccessDeniedException("Only the handling unit returns an item");
        }
        String why = Texts.cleanOrNull(reason);
        if (why == null) {
            throw new FeedbackInvalid(List.of(new FeedbackInvalid.FieldError("reason", "feedback.error.reasonRequired")));
        }
        long unit = item.handlingUnitId();
        obligations.cancel(item, steps.now());
        item.giveBack();
        item.register(new FeedbackReturned(item.id(), item.code(), unit, why, AuditActor.current()));
        steps.internal(item, FeedbackStep.Kind.RETURNED, user, unit, why, null);
        steps.save(item);
    }

    /** Assigns the item (accepted, or assigned already) to a unit; the deadline follows from the level. */
    void assign(Feedback item, long unitId, Set<Long> coordinatorIds, StaffUser user) {
        var now = steps.now();
        item.assign(unitId, coordinatorIds, now, deadlines.dueFor(item.level(), now));
        obligations.open(item, user == null ? null : user.personId(), now);
        item.register(new FeedbackAssigned(item.id(), item.code(), item.channel(), unitId, unitName(unitId),
                item.coordinators(), item.dueAt(), item.assignmentRound(), AuditActor.current()));
    }

    /** Refuses a unit that does not exist or no longer works, for the handling unit and each coordinator. */
    void checkUnits(Long unitId, Set<Long> coordinatorIds) {
        List<FeedbackInvalid.FieldError> errors = new ArrayList<>();
        if (unitId == null) {
            errors.add(new FeedbackInvalid.FieldError("unitId", "feedback.error.unitRequired"));
        } else if (!activeUnit(unitId)) {
            errors.add(new FeedbackInvalid.FieldError("unitId", "feedback.error.unitUnknown"));
        }
        for (Long coordinator : coordinatorIds == null ? Set.<Long>of() : coordinatorIds) {
            if (!activeUnit(coordinator)) {
                errors.add(new FeedbackInvalid.FieldError("coordinatorIds", "feedback.error.unitUnknown"));
                break;
            }
        }
        if (!errors.isEmpty()) {
            throw new FeedbackInvalid(errors);
        }
    }

    static Set<Long> coordinators(Set<Long> ids) {
        return ids == null ? Set.of() : new LinkedHashSet<>(ids);
    }

    String unitName(long unitId) {
        return directory.unit(UnitId.of(unitId)).map(UnitNode::name).orElse("");
    }

    private boolean activeUnit(Long id) {
        return id != null && directory.unit(UnitId.of(id)).map(UnitNode::active).orElse(false);
    }
}
