package vn.cityhall.feedback.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.cityhall.feedback.FeedbackNotFound;

/** An item that does not exist or that the person may not see is the 404 page, the same in both cases. */
@ControllerAdvice(basePackageClasses = FeedbackWebAdvice.class)
class FeedbackWebAdvice {

    @ExceptionHandler(FeedbackNotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}
