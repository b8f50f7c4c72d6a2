package vn.cityhall.tasks.web;

/**
 * The assign form as typed; {@link AssignInput} reads it.
 *
 * @param unitQuery text that narrows the unit list (htmx), not saved
 * @param dueMode {@code days} (N working days from today) or {@code date} (a chosen working day)
 * @param step {@code people} when a browser without JavaScript asks for the units matching the search
 *        and the people of the chosen unit (the form comes back with them, nothing is saved)
 */
public record AssignForm(String title, String description, String unitQuery, String unitId, String personId,
        String role, String urgency, String dueMode, String dueDate, String workingDays, String step) {

    public static AssignForm blank() {
        return new AssignForm(null, null, null, null, null, "LEAD", "NORMAL", "days", null, null, null);
    }

    public boolean choosingPeople() {
        return "people".equals(step);
    }

    public boolean byDate() {
        return "date".equals(dueMode);
    }
}
