package vn.cityhall.tasks.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.cityhall.shared.web.Localizer;
import vn.cityhall.tasks.TaskNotFoundException;
import vn.cityhall.tasks.TaskRuleViolation;

/**
 * The API's errors as RFC 9457 problem documents, with the message in the caller's language
 * ({@code Accept-Language}: Vietnamese by default, English on request) and, for rule violations,
 * the message key as {@code code} and the field at fault as {@code field}.
 */
@RestControllerAdvice(assignableTypes = TaskApiController.class)
class TaskApiErrors {

    /** Rules about the task's current state rather than the request: 409 Conflict. */
    static final Set<String> CONFLICTS = Set.of("tasks.error.closed", "tasks.error.extensionPending",
            "tasks.error.noPendingExtension", "tasks.error.noDeadline");

    private static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH);

    private final MessageSource messages;

    TaskApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(TaskRuleViolation.class)
    ResponseEntity<ProblemDetail> rule(TaskRuleViolation violation, HttpServletRequest request) {
        HttpStatus status = CONFLICTS.contains(violation.messageKey()) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = problem(status, request, violation.messageKey(), violation.arguments());
        problem.setProperty("code", violation.messageKey());
        return respond(problem);
    }

    @ExceptionHandler(ApiInputException.class)
    ResponseEntity<ProblemDetail> input(ApiInputException exception, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, request, exception.messageKey(), exception.arguments());
        problem.setProperty("code", exception.messageKey());
        problem.setProperty("field", exception.field());
        return respond(problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request) {
        return respond(problem(HttpStatus.BAD_REQUEST, request, "tasks.api.unreadable"));
    }

    @ExceptionHandler(TaskNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return respond(problem(HttpStatus.NOT_FOUND, request, "tasks.api.notFound"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(HttpServletRequest request) {
        return respond(problem(HttpStatus.FORBIDDEN, request, "tasks.api.forbidden"));
    }

    private ProblemDetail problem(HttpStatus status, HttpServletRequest request, String key, Object... arguments) {
        Localizer i18n = new Localizer(messages, locale(request));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, i18n.t(key, arguments));
        problem.setTitle(i18n.t("tasks.api.title." + status.value()));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The language asked for in {@code Accept-Language} among those we have; Vietnamese otherwise. */
    static Locale locale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return SUPPORTED.get(0);
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return chosen == null ? SUPPORTED.get(0) : chosen;
        } catch (IllegalArgumentException malformed) {
            return SUPPORTED.get(0);
        }
    }
}
