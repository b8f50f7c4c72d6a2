package vn.cityhall.tasks.web;

import java.time.LocalDate;
import java.util.Map;

import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.ObligationRole;
import vn.cityhall.shared.Texts;
import vn.cityhall.shared.Urgency;
import vn.cityhall.tasks.NewTask;
import vn.cityhall.tasks.TaskManagement;

/** Reads the assign form into an {@link TaskManagement.Assignment}, recording a message for each wrong field. */
final class AssignInput {

    /** The assignment text also opens the timeline, whose entries hold at most this many characters. */
    static final int DESCRIPTION_MAX = 4000;

    private AssignInput() {
    }

    /** Which field a rule violation of the assignment concerns. */
    static Map<String, String> fields(AssignForm form) {
        String due = form.byDate() ? "dueDate" : "workingDays";
        return Map.of("tasks.error.titleRequired", "title", "tasks.error.titleTooLong", "title",
                "tasks.error.descriptionTooLong", "description", "tasks.error.workingDaysRange", "workingDays",
                "tasks.error.dueChooseOne", due, "tasks.error.dueRequired", due, "tasks.error.dueInPast", due,
                "tasks.error.dueOutOfRange", due, "tasks.error.dueNotWorkingDay", due);
    }

    static TaskManagement.Assignment read(AssignForm form, StaffUser leader, UnitChoices units, ActionErrors errors) {
        String title = Texts.cleanOrNull(form.title());
        if (title == null) {
            errors.field("title", "tasks.error.titleRequired");
        } else if (title.length() > NewTask.TITLE_MAX) {
            errors.field("title", "tasks.error.titleTooLong", NewTask.TITLE_MAX);
        }
        String description = ActionInput.text(form.description(), "description", DESCRIPTION_MAX, errors);
        Long unit = ActionInput.id(form.unitId(), "unitId", true, errors);
        if (unit != null && !units.assignable(leader, unit)) {
            errors.field("unitId", "tasks.form.unitId.outside");
            unit = null;
        }
        Long person = ActionInput.id(form.personId(), "personId", false, errors);
        if (unit != null && person != null && units.people(leader, unit, null).stream()
                .noneMatch(option -> option.value().equals(String.valueOf(person)))) {
            errors.field("personId", "tasks.form.personId.notInUnit");
        }
        ObligationRole role = parse(ObligationRole.class, form.role(), ObligationRole.LEAD);
        Urgency urgency = parse(Urgency.class, form.urgency(), Urgency.NORMAL);
        LocalDate dueDate = null;
        Integer workingDays = null;
        boolean informWithoutDue = role == ObligationRole.INFORM
                && Texts.cleanOrNull(form.byDate() ? form.dueDate() : form.workingDays()) == null;
        if (!informWithoutDue) {
            if (form.byDate()) {
                dueDate = ActionInput.date(form.dueDate(), "dueDate", errors);
            } else {
                workingDays = ActionInput.number(form.workingDays(), "workingDays", 1, 365, errors);
            }
        }
        return new TaskManagement.Assignment(title, description, unit == null ? 0 : unit, person, role, urgency,
                dueDate, workingDays);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        try {
            return value == null || value.isBlank() ? fallback : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
