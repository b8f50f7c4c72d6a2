package vn.cityhall.tasks.web;

import java.util.Locale;
import java.util.Optional;

/** The inline actions on a task, each a small form posted to {@code /tasks/{id}/<path>}. */
public enum TaskAction {
    PROGRESS("progress"),
    NOTE("notes"),
    COMPLETE("complete"),
    EXTENSION("extension"),
    DECISION("extension-decision"),
    DELEGATE("delegate"),
    CANCEL("cancel");

    private final String path;

    TaskAction(String path) {
        this.path = path;
    }

    /** The value in {@code ?action=}: {@code progress}, {@code note} … */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String path() {
        return path;
    }

    public String labelKey() {
        return "tasks.action." + param();
    }

    public String icon() {
        return switch (this) {
            case PROGRESS -> "graph-up-arrow";
            case NOTE -> "chat-left-text";
            case COMPLETE -> "check2-circle";
            case EXTENSION -> "calendar-plus";
            case DECISION -> "calendar-check";
            case DELEGATE -> "diagram-3";
            case CANCEL -> "x-circle";
        };
    }

    /** Whether the form carries attachments. */
    public boolean takesFiles() {
        return this == PROGRESS || this == NOTE || this == COMPLETE;
    }

    public boolean allowedBy(TaskActions actions) {
        if (!actions.open()) {
            return false;
        }
        return switch (this) {
            case PROGRESS, NOTE, COMPLETE -> actions.work();
            case EXTENSION -> actions.work() && actions.deadline() && !actions.pending();
            case DECISION -> actions.pending() && actions.decide();
            case DELEGATE -> actions.delegate();
            case CANCEL -> actions.cancel();
        };
    }

    public static Optional<TaskAction> parse(String value) {
        for (TaskAction action : values()) {
            if (action.param().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
