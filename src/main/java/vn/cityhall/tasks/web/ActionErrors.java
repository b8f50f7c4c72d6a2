package vn.cityhall.tasks.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.cityhall.shared.web.FormErrors;
import vn.cityhall.shared.web.Localizer;
import vn.cityhall.tasks.TaskRuleViolation;

/** Collects the problems of one submitted form as message keys, by field, and localizes them. */
final class ActionErrors {

    private record Problem(String field, String key, Object[] args) {
    }

    private final List<Problem> problems = new ArrayList<>();

    void field(String field, String key, Object... args) {
        problems.add(new Problem(field, key, args));
    }

    void global(String key, Object... args) {
        problems.add(new Problem(null, key, args));
    }

    /** Records a rule the domain refused, on the field it concerns (or the form as a whole). */
    void violation(TaskRuleViolation violation, Map<String, String> fields) {
        problems.add(new Problem(fields.get(violation.messageKey()), violation.messageKey(), violation.arguments()));
    }

    /** The first problem, as a label, if any. */
    java.util.Optional<Label> first() {
        return problems.stream().findFirst().map(problem -> new Label(problem.key(), problem.args()));
    }

    boolean any() {
        return !problems.isEmpty();
    }

    FormErrors localize(Localizer i18n) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<String> global = new ArrayList<>();
        for (Problem problem : problems) {
            String message = i18n.t(problem.key(), problem.args());
            if (problem.field() == null) {
                global.add(message);
            } else {
                fields.computeIfAbsent(problem.field(), key -> new ArrayList<>()).add(message);
            }
        }
        return new FormErrors(fields, global);
    }
}
