package vn.cityhall.feedback.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import tools.jackson.core.JacksonException;

import vn.cityhall.feedback.FeedbackInvalid;

/**
 * The REST API's errors as problem documents ({@link ApiProblems}): 400 with every field at fault,
 * 429 when the sender has sent too many items within the window, 403 when an operator stopped the
 * sender, 404 for an item the client may not read, 415 for a body that is not JSON.
 */
@RestControllerAdvice(assignableTypes = FeedbackApiController.class)
class FeedbackApiErrors {

    static final Set<String> LIMITS = Set.of("feedback.error.tooManyFromPhone", "feedback.error.tooManyFromAddress");
    static final String BLOCKED = "feedback.error.blocked";
    /** The intake's field names as the API calls them. */
    static final Map<String, String> FIELDS = Map.of("categoryId", "categoryCode", "communeId", "communeCode");

    private final ApiProblems problems;

    FeedbackApiErrors(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(FeedbackInvalid.class)
    ResponseEntity<ProblemDetail> invalid(FeedbackInvalid invalid, HttpServletRequest request) {
        List<ApiError> errors = invalid.errors().stream().map(error -> problems.error(
                error.field() == null ? null : FIELDS.getOrDefault(error.field(), error.field()), error.messageKey(),
                error.arguments())).toList();
        if (invalid.errors().stream().allMatch(error -> LIMITS.contains(error.messageKey()))) {
            return respond(problems.problem(HttpStatus.TOO_MANY_REQUESTS, request, errors, "feedbackapi.problem.tooMany"));
        }
        if (invalid.errors().stream().allMatch(error -> BLOCKED.equals(error.messageKey()))) {
            return respond(problems.problem(HttpStatus.FORBIDDEN, request, errors, "feedbackapi.problem.blocked"));
        }
        return respond(problems.problem(HttpStatus.BAD_REQUEST, request, errors, "feedbackapi.problem.invalid",
                errors.size()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException exception, HttpServletRequest request) {
        String field = field(exception);
        ApiError error = field == null ? problems.error(null, "feedbackapi.error.unreadable")
                : problems.error(field, "feedbackapi.error.unreadableField", field);
        return respond(problems.problem(HttpStatus.BAD_REQUEST, request, List.of(error), "feedbackapi.problem.invalid", 1));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> notJson(HttpServletRequest request) {
        return respond(problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, request,
                List.of(problems.error(null, "feedbackapi.error.json")), "feedbackapi.error.json"));
    }

    @ExceptionHandler(FeedbackApiController.ApiItemNotFound.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return respond(problems.problem(HttpStatus.NOT_FOUND, request, List.of(), "feedbackapi.problem.notFound"));
    }

    /** The JSON property whose value has the wrong type, e.g. {@code latitude} given as text. */
    private static String field(HttpMessageNotReadableException exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                return jackson.getPath().stream().map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName() : String.valueOf(reference.getIndex()))
                        .reduce((left, right) -> left + "." + right).orElse(null);
            }
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
