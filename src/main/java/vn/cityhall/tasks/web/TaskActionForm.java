package vn.cityhall.tasks.web;

/**
 * The fields of every inline action form, as typed (parsed by {@link ActionInput}, so that a wrong
 * value becomes a clear message rather than a binding error). Each action reads its own fields.
 *
 * @param percent progress, 0–99
 * @param note a note (progress, note, delegation, extension decision)
 * @param result the result of a completed task
 * @param newDue the requested deadline, yyyy-MM-dd
 * @param reason why an extension is asked or a task cancelled
 * @param decision {@code approve} or {@code refuse}
 * @param unitId the unit a task is delegated to
 * @param personId the person of that unit, optional
 * @param ctx where the form is shown: {@code row} (a list) or {@code card} (the task page)
 * @param step {@code people} when a browser without JavaScript asks for the people of the chosen unit
 *        (the form comes back with them, nothing is saved)
 */
public record TaskActionForm(String percent, String note, String result, String newDue, String reason,
        String decision, String unitId, String personId, String ctx, String step) {

    public static TaskActionForm empty(String ctx) {
        return new TaskActionForm(null, null, null, null, null, null, null, null, ctx, null);
    }

    /** Whether only the people of the chosen unit were asked for. */
    public boolean choosingPeople() {
        return "people".equals(step);
    }

    /** The context, {@code row} or {@code card} (the default). */
    public String context() {
        return "row".equals(ctx) ? "row" : "card";
    }
}
