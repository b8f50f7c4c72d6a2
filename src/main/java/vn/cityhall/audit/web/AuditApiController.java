package vn.cityhall.audit.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.cityhall.audit.AuditLog;
import vn.cityhall.audit.ChainVerification;

/**
 * The chain verification for monitoring and external auditors:
 * {@code GET /api/v1/admin/audit/verification} answers
 * {@code {"intact":true,"entries":1234,...}} or
 * {@code {"intact":false,"entries":56,...,"firstProblem":{"sequence":57,"kind":"MODIFIED"}}}.
 */
@RestController
@RequestMapping("/api/v1/admin/audit")
class AuditApiController {

    private final AuditLog auditLog;

    AuditApiController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/verification")
    VerificationResponse verification() {
        return VerificationResponse.of(auditLog.verifyChain());
    }

    /** The JSON body; {@code firstProblem} is left out when the chain is intact. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VerificationResponse(boolean intact, long entries, long lastSequence, String lastHash,
            Problem firstProblem) {

        static VerificationResponse of(ChainVerification result) {
            ChainVerification.Problem problem = result.firstProblem();
            return new VerificationResponse(result.intact(), result.entries(), result.lastSequence(), result.lastHash(),
                    problem == null ? null : new Problem(problem.sequence(), problem.kind().name()));
        }
    }

    record Problem(long sequence, String kind) {
    }
}
