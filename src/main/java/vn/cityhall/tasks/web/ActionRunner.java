package vn.cityhall.tasks.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.cityhall.organization.StaffUser;
import vn.cityhall.tasks.TaskId;
import vn.cityhall.tasks.TaskManagement;
import vn.cityhall.tasks.TaskRuleViolation;

/**
 * Performs one inline action: reads the form, stores the attachments and calls
 * {@link TaskManagement}, all in one transaction, so that a refused action leaves neither the task
 * nor the file records changed. Problems with the input are collected in {@link ActionErrors}; a
 * broken rule comes out as {@link TaskRuleViolation} (after the rollback).
 */
@Component
class ActionRunner {

    /** Lengths of the columns the texts end up in. */
    static final int NOTE_MAX = 4000;
    static final int REASON_MAX = 2000;
    static final int SHORT_NOTE_MAX = 1000;

    /** Which field a rule violation is about, per action; anything else concerns the whole form. */
    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("tasks.error.progressRange", "percent"),
            Map.entry("tasks.error.useComplete", "percent"),
            Map.entry("tasks.error.noteEmpty", "note"),
            Map.entry("tasks.error.resultRequired", "result"),
            Map.entry("tasks.error.reasonRequired", "reason"),
            Map.entry("tasks.error.refusalReasonRequired", "note"),
            Map.entry("tasks.error.extensionNotLater", "newDue"),
            Map.entry("tasks.error.dueInPast", "newDue"),
            Map.entry("tasks.error.dueOutOfRange", "newDue"),
            Map.entry("tasks.error.dueNotWorkingDay", "newDue"),
            Map.entry("tasks.error.dueRequired", "newDue"),
            Map.entry("tasks.error.delegateToSelf", "unitId"),
            Map.entry("tasks.error.delegateOutside", "unitId"));

    private final TaskManagement management;
    private final TaskFiles files;

    ActionRunner(TaskManagement management, TaskFiles files) {
        this.management = management;
        this.files = files;
    }

    /** Assigns a task with its attachments, in one transaction. */
    @Transactional
    TaskId assign(StaffUser leader, TaskManagement.Assignment assignment, List<MultipartFile> uploads) {
        return management.assign(leader, assignment, files.store(uploads));
    }

    @Transactional
    void run(TaskAction action, StaffUser user, TaskId id, TaskActionForm form, List<MultipartFile> uploads,
            ActionErrors errors) {
        switch (action) {
            case PROGRESS -> {
                Integer percent = ActionInput.number(form.percent(), "percent", 0, 99, errors);
                String note = ActionInput.text(form.note(), "note", NOTE_MAX, errors);
                files.check(uploads, errors);
                if (!errors.any()) {
                    management.reportProgress(user, id, percent, note, files.store(uploads));
                }
            }
            case NOTE -> {
                String note = ActionInput.text(form.note(), "note", NOTE_MAX, errors);
                files.check(uploads, errors);
                if (!errors.any()) {
                    management.addNote(user, id, note, files.store(uploads));
                }
            }
            case COMPLETE -> {
                String result = ActionInput.text(form.result(), "result", NOTE_MAX, errors);
                files.check(uploads, errors);
                if (!errors.any()) {
                    management.complete(user, id, result, files.store(uploads));
                }
            }
            case EXTENSION -> {
                LocalDate due = ActionInput.date(form.newDue(), "newDue", errors);
                String reason = ActionInput.text(form.reason(), "reason", REASON_MAX, errors);
                if (reason == null) {
                    errors.field("reason", "tasks.error.reasonRequired");
                }
                if (!errors.any()) {
                    management.requestExtension(user, id, due, reason);
                }
            }
            case DECISION -> {
                String decision = form.decision();
                boolean approve = "approve".equals(decision);
                if (!approve && !"refuse".equals(decision)) {
                    errors.field("decision", "tasks.form.decision.required");
                }
                String note = ActionInput.text(form.note(), "note", SHORT_NOTE_MAX, errors);
                if (!errors.any()) {
                    management.decideExtension(user, id, approve, note);
                }
            }
            case DELEGATE -> {
                Long unit = ActionInput.id(form.unitId(), "unitId", true, errors);
                Long person = ActionInput.id(form.personId(), "personId", false, errors);
                String note = ActionInput.text(form.note(), "note", SHORT_NOTE_MAX, errors);
                if (!errors.any()) {
                    management.delegate(user, id, unit, person, note);
                }
            }
            case CANCEL -> {
                String reason = ActionInput.text(form.reason(), "reason", NOTE_MAX, errors);
                if (reason == null) {
                    errors.field("reason", "tasks.error.reasonRequired");
                }
                if (!errors.any()) {
                    management.cancel(user, id, reason);
                }
            }
        }
    }
}
