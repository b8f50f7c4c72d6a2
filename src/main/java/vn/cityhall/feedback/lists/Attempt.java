package vn.cityhall.feedback.lists;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.Errors;

/**
 * Runs a change and turns its refusal into errors on the form: a {@link ListRefusal}, a concurrent
 * change detected when the transaction commits, or a unique constraint another request won meanwhile.
 * The transaction has been rolled back in each case, so nothing changed.
 */
final class Attempt {

    private Attempt() {
    }

    /**
     * @param taken the refusal to report when a unique constraint fails (a code or sender added by
     *        someone else at the same moment)
     * @return whether the change was saved
     */
    static boolean save(Errors errors, ListRefusal taken, Runnable change) {
        return result(errors, taken, () -> {
            change.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** Like {@link #save} for a change that returns something (the id of a new entry): empty when refused. */
    static <T> Optional<T> result(Errors errors, ListRefusal taken, Supplier<T> change) {
        try {
            return Optional.of(change.get());
        } catch (ListRefusal refusal) {
            refusal.rejectOn(errors);
        } catch (OptimisticLockingFailureException conflict) {
            ListRefusal.conflict().rejectOn(errors);
        } catch (DataIntegrityViolationException duplicate) {
            (taken == null ? ListRefusal.conflict() : taken).rejectOn(errors);
        }
        return Optional.empty();
    }
}
