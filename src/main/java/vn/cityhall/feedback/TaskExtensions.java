package vn.cityhall.feedback;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.cityhall.shared.ObligationRole;
import vn.cityhall.tasks.Task;
import vn.cityhall.tasks.TaskExtensionDecided;
import vn.cityhall.tasks.Tasks;

/**
 * An approved extension of the handling unit's task (its lead task, in the current assignment round) moves the
 * item's deadline too, so that "on time" for the answer is measured against the approved deadline, as it is
 * for the task.
 */
@Component
class TaskExtensions {

    private final Tasks tasks;
    private final Feedbacks feedbacks;
    private final Steps steps;

    TaskExtensions(Tasks tasks, Feedbacks feedbacks, Steps steps) {
        this.tasks = tasks;
        this.feedbacks = feedbacks;
        this.steps = steps;
    }

    @ApplicationModuleListener
    void on(TaskExtensionDecided decided) {
        if (!decided.approved()) {
            return;
        }
        Task task = tasks.findById(decided.task().value()).orElse(null);
        if (task == null || !Obligations.MODULE.equals(task.source().module())
                || !Obligations.KIND.equals(task.source().kind()) || task.role() != ObligationRole.LEAD) {
            return;
        }
        String[] id = task.source().id().split("/");
        feedbacks.findById(Long.parseLong(id[0]))
                .filter(item -> item.obligationId().equals(task.source().id())
                        && item.status() == FeedbackStatus.ASSIGNED)
                .ifPresent(item -> {
                    item.extendTo(decided.dueAt());
                    steps.internal(item, FeedbackStep.Kind.EXTENDED, null, item.handlingUnitId(), null, null);
                    feedbacks.save(item);
                });
    }
}
