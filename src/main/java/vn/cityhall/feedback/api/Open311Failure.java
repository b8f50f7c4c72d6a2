package vn.cityhall.feedback.api;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * An Open311 request that cannot be served: answered with the HTTP status the specification names
 * (403 for the API key, 404 for an unknown service or request, 400 for everything else) and its list
 * of errors, each {@code {code, description}}, in the request's format.
 */
final class Open311Failure extends RuntimeException {

    private final HttpStatus status;
    private final transient List<Map<String, Object>> errors;
    private final Open311Format format;

    Open311Failure(HttpStatus status, Open311Format format, List<Map<String, Object>> errors) {
        super(status + " " + errors);
        this.status = status;
        this.format = format;
        this.errors = List.copyOf(errors);
    }

    HttpStatus status() {
        return status;
    }

    Open311Format format() {
        return format;
    }

    List<Map<String, Object>> errors() {
        return errors;
    }
}
