package vn.cityhall.home;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Error pages (403, 404, 500 …) in the staff layout and the user's language for browsers, and an
 * RFC 9457 problem document for API clients.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final MessageSource messages;

    ErrorPageController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = status(request);
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("kind", kind(status));
        return "error/page";
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Locale locale) {
        int status = status(request);
        String kind = kind(status);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status),
                messages.getMessage("error." + kind + ".text", null, locale));
        problem.setTitle(messages.getMessage("error." + kind + ".title", null, locale));
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            problem.setInstance(java.net.URI.create(path));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : HttpStatus.INTERNAL_SERVER_ERROR.value();
        return HttpStatus.resolve(status) == null ? HttpStatus.INTERNAL_SERVER_ERROR.value() : status;
    }

    private static String kind(int status) {
        return switch (status) {
            case 400, 401, 403, 404, 405, 413 -> String.valueOf(status);
            default -> status >= 500 ? "500" : "400";
        };
    }
}
