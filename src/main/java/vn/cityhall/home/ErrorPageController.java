package vn.cityhall.home;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Error pages (403, 404, 500 …) in the staff layout and the user's language. */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : HttpStatus.INTERNAL_SERVER_ERROR.value();
        String kind = switch (status) {
            case 400, 401, 403, 404, 405, 413 -> String.valueOf(status);
            default -> status >= 500 ? "500" : "400";
        };
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        return "error/page";
    }
}
