package vn.cityhall.tasks;

/** No task with this id exists, or the person may not see it (the two are not told apart). */
public class TaskNotFoundException extends RuntimeException {

    public TaskNotFoundException(TaskId id) {
        super("No visible task " + id);
    }
}
