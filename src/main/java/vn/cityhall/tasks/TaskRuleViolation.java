package vn.cityhall.tasks;

import java.util.List;

/**
 * A request that breaks a rule of tasks (a closed task, a deadline not later than the current one …).
 * Carries a message key and arguments, so pages and the API explain it in the user's language; the
 * task is left unchanged.
 */
public class TaskRuleViolation extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public TaskRuleViolation(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
