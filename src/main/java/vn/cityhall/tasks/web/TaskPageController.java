package vn.cityhall.tasks.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.web.FormErrors;
import vn.cityhall.tasks.TaskId;

/**
 * The task page {@code /tasks/{id}} (404 for a task the viewer may not see) and the two fragments
 * the inline actions swap: the row of a list and the card of the task page, each optionally with
 * one action form open ({@code ?action=progress}). Without JavaScript the action buttons link to
 * the task page with the form open.
 */
@Controller
class TaskPageController {

    private final TaskFragments fragments;

    TaskPageController(TaskFragments fragments) {
        this.fragments = fragments;
    }

    @GetMapping("/tasks/{id:\\d+}")
    String show(@PathVariable long id, @RequestParam(required = false) String action,
            @AuthenticationPrincipal StaffUser user, Model model) {
        TaskId task = TaskId.of(id);
        return fragments.page(model, user, task, open(user, task, action, "card"));
    }

    @GetMapping("/tasks/{id:\\d+}/row")
    String row(@PathVariable long id, @RequestParam(required = false) String action,
            @AuthenticationPrincipal StaffUser user, Model model) {
        TaskId task = TaskId.of(id);
        return fragments.fragment(model, user, task, "row", open(user, task, action, "row"));
    }

    @GetMapping("/tasks/{id:\\d+}/card")
    String card(@PathVariable long id, @RequestParam(required = false) String action,
            @AuthenticationPrincipal StaffUser user, Model model) {
        TaskId task = TaskId.of(id);
        return fragments.fragment(model, user, task, "card", open(user, task, action, "card"));
    }

    private OpenAction open(StaffUser user, TaskId task, String action, String ctx) {
        return TaskAction.parse(action)
                .map(chosen -> fragments.open(user, task, chosen, TaskActionForm.empty(ctx), FormErrors.NONE))
                .orElse(null);
    }
}
