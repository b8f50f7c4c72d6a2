package vn.cityhall.feedback.api;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API's errors as RFC 9457 problem documents: {@code title} and {@code detail} in Vietnamese,
 * and an {@code errors} array naming each field at fault with its message in Vietnamese and English.
 */
@Component
class ApiProblems {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;
    private final JsonMapper json;

    ApiProblems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** A problem whose detail is the message {@code detailKey} of the {@code feedbackapi} bundle. */
    ProblemDetail problem(HttpStatus status, HttpServletRequest request, List<ApiError> errors, String detailKey,
            Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, vi(detailKey, arguments));
        problem.setTitle(vi("feedbackapi.problem.title." + status.value()));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", errors);
        return problem;
    }

    /** One error, with the message in both languages. */
    ApiError error(String field, String messageKey, Object... arguments) {
        return new ApiError(field, vi(messageKey, arguments),
                messages.getMessage(messageKey, arguments, "??" + messageKey + "??", Locale.ENGLISH));
    }

    /** Writes a problem outside Spring MVC (the security filters). */
    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        if (problem.getType() != null) {
            body.put("type", problem.getType().toString());
        }
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance() == null ? null : problem.getInstance().toString());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    private String vi(String key, Object... arguments) {
        return messages.getMessage(key, arguments, "??" + key + "??", VIETNAMESE);
    }
}
