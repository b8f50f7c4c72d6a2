package vn.cityhall.tasks.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cityhall.files.FileRejectedException;
import vn.cityhall.organization.Role;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.ObligationRole;
import vn.cityhall.shared.Urgency;
import vn.cityhall.shared.web.FormErrors;
import vn.cityhall.shared.web.Localizer;
import vn.cityhall.tasks.TaskDeadlines;
import vn.cityhall.tasks.TaskId;
import vn.cityhall.tasks.TaskManagement;
import vn.cityhall.tasks.TaskRuleViolation;

/**
 * "Giao nhiệm vụ": a leader assigns a task to a unit of their subtree, or to a person of that unit,
 * due on a working day or after N working days (the date is shown live before saving). Leaders only
 * (403 for others). Nothing is saved while anything is wrong.
 */
@Controller
class TaskAssignController {

    private final UnitChoices choices;
    private final ActionRunner runner;
    private final TaskFiles files;
    private final TaskDeadlines deadlines;
    private final MessageSource messages;

    TaskAssignController(UnitChoices choices, ActionRunner runner, TaskFiles files, TaskDeadlines deadlines,
            MessageSource messages) {
        this.choices = choices;
        this.runner = runner;
        this.files = files;
        this.deadlines = deadlines;
        this.messages = messages;
    }

    @GetMapping("/tasks/new")
    String form(@AuthenticationPrincipal StaffUser user, Model model) {
        requireLeader(user);
        return page(model, user, AssignForm.blank(), FormErrors.NONE);
    }

    @PostMapping("/tasks/new")
    String assign(@ModelAttribute("form") AssignForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> uploads,
            @AuthenticationPrincipal StaffUser user, Model model, Locale locale, RedirectAttributes redirect) {
        requireLeader(user);
        if (form.choosingPeople()) {
            return page(model, user, form, FormErrors.NONE);
        }
        Localizer i18n = new Localizer(messages, locale);
        ActionErrors errors = new ActionErrors();
        TaskManagement.Assignment assignment = AssignInput.read(form, user, choices, errors);
        files.check(uploads, errors);
        if (!errors.any()) {
            try {
                TaskId id = runner.assign(user, assignment, uploads);
                redirect.addFlashAttribute("notice", i18n.t("tasks.assign.done", assignment.title()));
                return "redirect:/tasks/" + id.value();
            } catch (TaskRuleViolation violation) {
                errors.violation(violation, AssignInput.fields(form));
            } catch (FileRejectedException rejected) {
                errors.field("files", rejected.messageKey(), rejected.arguments());
            }
        }
        return page(model, user, form, errors.localize(i18n));
    }

    /** The deadline the chosen number of working days or date gives, or why it cannot be used. */
    @GetMapping("/tasks/new/due")
    String due(@RequestParam(required = false) String dueMode, @RequestParam(required = false) String dueDate,
            @RequestParam(required = false) String workingDays, @AuthenticationPrincipal StaffUser user, Model model) {
        requireLeader(user);
        ActionErrors errors = new ActionErrors();
        String weekday = null;
        String dueText = null;
        Label problem = null;
        try {
            Instant due = null;
            if ("date".equals(dueMode)) {
                LocalDate date = ActionInput.date(dueDate, "dueDate", errors);
                due = date == null ? null : deadlines.onDate(date);
            } else {
                Integer days = ActionInput.number(workingDays, "workingDays", 1, 365, errors);
                due = days == null ? null : deadlines.afterWorkingDays(days);
            }
            if (due != null) {
                var local = due.atZone(deadlines.zone());
                weekday = "tasks.weekday." + local.getDayOfWeek().getValue();
                dueText = new TaskFormats(deadlines.zone()).dateTime(due);
            }
        } catch (TaskRuleViolation violation) {
            problem = new Label(violation.messageKey(), violation.arguments());
        }
        boolean typed = "date".equals(dueMode) ? dueDate != null && !dueDate.isBlank()
                : workingDays != null && !workingDays.isBlank();
        if (problem == null && typed) {
            problem = errors.first().orElse(null);
        }
        model.addAttribute("weekday", weekday);
        model.addAttribute("dueText", dueText);
        model.addAttribute("problem", problem);
        return "tasks/duePreview";
    }

    private String page(Model model, StaffUser user, AssignForm form, FormErrors errors) {
        Long unit = TaskOptionsController.parse(form.unitId());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("units", choices.units(user.unit().value(), unit, form.unitQuery()));
        model.addAttribute("people", choices.people(user, unit, TaskOptionsController.parse(form.personId())));
        model.addAttribute("roles", List.of(ObligationRole.values()));
        model.addAttribute("urgencies", List.of(Urgency.values()));
        return "tasks/new";
    }

    private static void requireLeader(StaffUser user) {
        if (!user.is(Role.LEADER)) {
            throw new AccessDeniedException("Only leaders assign tasks");
        }
    }
}
