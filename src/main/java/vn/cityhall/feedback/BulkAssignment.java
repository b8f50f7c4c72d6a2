package vn.cityhall.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cityhall.organization.StaffUser;

/**
 * Operators accept and assign many items at once: each keeps its own category and commune, takes the level
 * chosen, and goes to the unit chosen or, when none is, to its own suggested unit. Each item is its own
 * transaction, so one refusal (no category, no suggested unit, already screened) does not stop the others.
 */
@Service
public class BulkAssignment {

    static final int MAX_ITEMS = 100;

    private final Screening screening;
    private final Routing routing;
    private final Steps steps;
    private final FeedbackAccess access;
    private final TransactionTemplate transactions;

    BulkAssignment(Screening screening, Routing routing, Steps steps, FeedbackAccess access,
            TransactionTemplate transactions) {
        this.screening = screening;
        this.routing = routing;
        this.steps = steps;
        this.access = access;
        this.transactions = transactions;
    }

    /** The codes assigned, and the codes refused with the message key of the reason. */
    public record Outcome(List<String> assigned, Map<String, String> refused) {
    }

    public Outcome assign(List<String> codes, FeedbackLevel level, Long unitId, StaffUser user) {
        access.requireOperator(user);
        List<String> assigned = new ArrayList<>();
        Map<String, String> refused = new LinkedHashMap<>();
        if (codes.isEmpty() || codes.size() > MAX_ITEMS) {
            refused.put("-", "feedback.error.bulkCount");
            return new Outcome(assigned, refused);
        }
        for (String code : codes.stream().distinct().toList()) {
            try {
                transactions.executeWithoutResult(status -> {
                    Feedback item = steps.item(code);
                    Long unit = unitId != null ? unitId
                            : routing.suggestedUnit(item.categoryId(), item.communeId()).map(node -> node.id().value())
                                    .orElse(null);
                    screening.accept(code, new Screening.Acceptance(item.categoryId(),
                            level == null ? FeedbackLevel.NORMAL : level, item.communeId(), unit, Set.of(), null), user);
                });
                assigned.add(code);
            } catch (FeedbackInvalid invalid) {
                refused.put(code, invalid.errors().get(0).messageKey());
            } catch (FeedbackStateConflict conflict) {
                refused.put(code, "feedback.error.stateConflict");
            } catch (FeedbackNotFound missing) {
                refused.put(code, "feedback.error.notFound");
            }
        }
        return new Outcome(assigned, refused);
    }
}
