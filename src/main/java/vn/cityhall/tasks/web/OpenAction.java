package vn.cityhall.tasks.web;

import java.util.List;

import vn.cityhall.shared.web.FormErrors;

/**
 * An action form shown open on a row or on the task page, with what was typed and its errors.
 *
 * @param available whether the action may still be taken (otherwise only the errors are shown)
 * @param context a line recalling what the action is about (the current deadline, the request to
 *        decide), or {@code null}
 * @param units for delegation: the units inside the holder unit's subtree
 * @param people for delegation: the people of the chosen unit
 */
public record OpenAction(TaskAction action, boolean available, Label context, TaskActionForm form, FormErrors errors,
        List<Option> units, List<Option> people) {
}
