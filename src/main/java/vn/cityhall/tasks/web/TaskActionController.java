package vn.cityhall.tasks.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cityhall.files.FileRejectedException;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.web.FormErrors;
import vn.cityhall.shared.web.Htmx;
import vn.cityhall.shared.web.Localizer;
import vn.cityhall.tasks.TaskId;
import vn.cityhall.tasks.TaskRuleViolation;

/**
 * The inline actions: {@code POST /tasks/{id}/progress|notes|complete|extension|extension-decision|delegate|cancel}.
 * With htmx the answer is the task's row or card (ctx), with the form still open and the errors in
 * place when something is wrong, and an {@code HX-Trigger: tasks-changed} event on success so the
 * counters refresh. Without JavaScript: post/redirect/get to the task page, or the task page with
 * the form and its errors. A task the person may not see is 404; an action they may not take, 403.
 */
@Controller
class TaskActionController {

    /** The event an htmx page hears after a change, e.g. to refresh its counters. */
    static final String CHANGED_EVENT = "tasks-changed";

    private final ActionRunner runner;
    private final TaskFragments fragments;
    private final TaskViews views;
    private final MessageSource messages;

    TaskActionController(ActionRunner runner, TaskFragments fragments, TaskViews views, MessageSource messages) {
        this.runner = runner;
        this.fragments = fragments;
        this.views = views;
        this.messages = messages;
    }

    @PostMapping("/tasks/{id:\\d+}/{path:progress|notes|complete|extension|extension-decision|delegate|cancel}")
    String act(@PathVariable long id, @PathVariable String path, @ModelAttribute("form") TaskActionForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @AuthenticationPrincipal StaffUser user, HttpServletRequest request, HttpServletResponse response,
            Model model, Locale locale, RedirectAttributes redirect) {
        TaskAction action = Arrays.stream(TaskAction.values()).filter(a -> a.path().equals(path))
                .findFirst().orElseThrow();
        TaskId task = TaskId.of(id);
        Localizer i18n = new Localizer(messages, locale);
        ActionErrors errors = new ActionErrors();
        boolean htmx = Htmx.isHtmx(request);
        try {
            permit(action, views.actions(user, task));
            if (action == TaskAction.DELEGATE && form.choosingPeople()) {
                OpenAction open = reopen(user, task, action, form, FormErrors.NONE);
                return htmx ? fragments.fragment(model, user, task, form.context(), open)
                        : fragments.page(model, user, task, open);
            }
            runner.run(action, user, task, form, files, errors);
        } catch (TaskRuleViolation violation) {
            errors.violation(violation, ActionRunner.FIELDS);
        } catch (FileRejectedException rejected) {
            errors.field("files", rejected.messageKey(), rejected.arguments());
        }
        if (errors.any()) {
            FormErrors shown = errors.localize(i18n);
            OpenAction open = reopen(user, task, action, form, shown);
            return htmx ? fragments.fragment(model, user, task, form.context(), open)
                    : fragments.page(model, user, task, open);
        }
        String notice = i18n.t("tasks.action.done." + action.param());
        if (htmx) {
            response.setHeader("HX-Trigger", CHANGED_EVENT);
            model.addAttribute("notice", notice);
            return fragments.fragment(model, user, task, form.context(), null);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/tasks/" + id;
    }

    /**
     * Refuses what the person may not do (403) and what the task's state forbids (a rule violation,
     * shown on the form). The management methods check the same again.
     */
    private static void permit(TaskAction action, TaskActions actions) {
        if (!actions.open()) {
            throw new TaskRuleViolation("tasks.error.closed");
        }
        boolean allowed = switch (action) {
            case PROGRESS, NOTE, COMPLETE, EXTENSION -> actions.work();
            case DECISION -> {
                if (!actions.pending()) {
                    throw new TaskRuleViolation("tasks.error.noPendingExtension");
                }
                yield actions.decide();
            }
            case DELEGATE -> actions.delegate();
            case CANCEL -> actions.cancel();
        };
        if (!allowed) {
            throw new AccessDeniedException("Action " + action + " is not allowed");
        }
    }

    /** The form again with the errors; when the action is no longer possible, the errors show without it. */
    private OpenAction reopen(StaffUser user, TaskId task, TaskAction action, TaskActionForm form, FormErrors errors) {
        OpenAction open = fragments.open(user, task, action, form, errors);
        return open != null ? open : new OpenAction(action, false, null, form, errors, List.of(), List.of());
    }
}
