package vn.cityhall.tasks.web;

import java.util.Arrays;
import java.util.List;

/**
 * What the viewer may do with a task right now, from {@link vn.cityhall.tasks.TaskPermissions} and
 * the task's state.
 *
 * @param open whether the task is still open
 * @param deadline whether it has a deadline (an extension can be asked)
 * @param pending whether an extension request waits for a decision
 * @param work report progress, add notes, complete, ask for an extension
 * @param decide decide the pending extension request
 * @param delegate hand the task down
 * @param cancel cancel it (the assigner of a standalone task)
 */
public record TaskActions(boolean open, boolean deadline, boolean pending, boolean work, boolean decide,
        boolean delegate, boolean cancel) {

    public static final TaskActions CLOSED = new TaskActions(false, false, false, false, false, false, false);

    /** The actions offered, in the order of the toolbar. */
    public List<TaskAction> offered() {
        return Arrays.stream(TaskAction.values()).filter(action -> action.allowedBy(this)).toList();
    }

    public boolean any() {
        return !offered().isEmpty();
    }
}
