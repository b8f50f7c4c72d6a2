package vn.cityhall.audit.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.cityhall.audit.AuditLog;
import vn.cityhall.shared.web.Htmx;

/**
 * Verifies the hash chain on request. Running it is a POST because the verification is itself
 * recorded in the log; htmx gets only the result, a browser without JavaScript the whole page.
 */
@Controller
@RequestMapping("/admin/audit/verification")
class VerificationController {

    private final AuditLog auditLog;

    VerificationController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("result", null);
        return "audit/verification";
    }

    @PostMapping
    String run(HttpServletRequest request, Model model) {
        model.addAttribute("result", auditLog.verifyChain());
        return Htmx.isHtmx(request) ? "audit/verificationResult" : "audit/verification";
    }
}
