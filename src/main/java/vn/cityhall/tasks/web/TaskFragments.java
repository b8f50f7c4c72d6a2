package vn.cityhall.tasks.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.web.FormErrors;
import vn.cityhall.tasks.TaskId;

/**
 * Renders a task where an action was taken: its row in a list, its card on the task page, or the
 * whole task page (without JavaScript), with an action form open when there is one.
 */
@Component
class TaskFragments {

    static final String ROW = "tasks/row";
    static final String CARD = "tasks/card";
    static final String PAGE = "tasks/show";

    private final TaskViews views;
    private final UnitChoices choices;

    TaskFragments(TaskViews views, UnitChoices choices) {
        this.views = views;
        this.choices = choices;
    }

    /** The row (ctx {@code row}) or the card (ctx {@code card}) for an htmx request. */
    String fragment(Model model, StaffUser user, TaskId id, String ctx, OpenAction open) {
        if ("row".equals(ctx)) {
            model.addAttribute("row", views.row(user, id));
            model.addAttribute("open", open);
            return ROW;
        }
        model.addAttribute("task", views.details(user, id));
        model.addAttribute("open", open);
        return CARD;
    }

    /** The whole task page. */
    String page(Model model, StaffUser user, TaskId id, OpenAction open) {
        model.addAttribute("task", views.details(user, id));
        model.addAttribute("open", open);
        return PAGE;
    }

    /** An action form to show open, if the viewer may take that action now; {@code null} otherwise. */
    OpenAction open(StaffUser user, TaskId id, TaskAction action, TaskActionForm form, FormErrors errors) {
        if (action == null || !action.allowedBy(views.actions(user, id))) {
            return null;
        }
        Label context = views.context(user, id, action);
        if (action != TaskAction.DELEGATE) {
            return new OpenAction(action, true, context, form, errors, List.of(), List.of());
        }
        Long unit = parse(form.unitId());
        Long person = parse(form.personId());
        return new OpenAction(action, true, context, form, errors, choices.units(views.holderUnit(user, id), unit, null),
                choices.people(user, unit, person));
    }

    private static Long parse(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
