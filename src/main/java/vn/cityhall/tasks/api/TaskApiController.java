package vn.cityhall.tasks.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.cityhall.organization.Role;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.ObligationRole;
import vn.cityhall.shared.Texts;
import vn.cityhall.shared.Urgency;
import vn.cityhall.tasks.TaskId;
import vn.cityhall.tasks.TaskManagement;
import vn.cityhall.tasks.inbox.InboxFilter;

/**
 * The tasks API for signed-in staff ({@code /api/v1/tasks}), JSON in and out, scoped exactly like
 * the pages: a task the caller may not see is 404, an action they may not take 403, a broken rule 400
 * (bad input) or 409 (the task's state), all as RFC 9457 problem documents in the caller's language
 * ({@code Accept-Language}, Vietnamese by default). POSTs need the CSRF token header (see package-info).
 */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskApiController {

    static final int TEXT_MAX = 4000;
    static final int REASON_MAX = 2000;
    static final int SHORT_MAX = 1000;

    private final TaskManagement management;
    private final TaskDocuments documents;

    TaskApiController(TaskManagement management, TaskDocuments documents) {
        this.management = management;
        this.documents = documents;
    }

    /**
     * My tasks: {@code ?view=mine|unit|assigned&status=open|done|on_time|late|cancelled|all&q=&source=&role=&unit=
     * &subtree=&sort=&focus=overdue|today|new|in_time&page=&from=YYYY-MM&to=YYYY-MM&person=}.
     */
    @GetMapping
    TaskSummary.Page list(@RequestParam(required = false) String view, @RequestParam(required = false) String status,
            @RequestParam(required = false) String source, @RequestParam(required = false) String role,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String subtree,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String focus, @RequestParam(required = false) String page,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String person, @AuthenticationPrincipal StaffUser user,
            HttpServletRequest request, HttpServletResponse response) {
        exposeCsrfToken(request, response);
        return documents.page(user, InboxFilter.parse(view, status, source, role, unit, subtree, q, sort, focus, page,
                from, to, person));
    }

    @GetMapping("/{id:\\d+}")
    TaskDocument get(@PathVariable long id, @AuthenticationPrincipal StaffUser user, HttpServletRequest request,
            HttpServletResponse response) {
        exposeCsrfToken(request, response);
        return documents.document(user, TaskId.of(id));
    }

    @PostMapping
    ResponseEntity<TaskDocument> assign(@RequestBody TaskRequests.Assign body, @AuthenticationPrincipal StaffUser user) {
        if (!user.is(Role.LEADER)) {
            throw new AccessDeniedException("Only leaders assign tasks");
        }
        String title = Texts.cleanOrNull(body.title());
        if (title == null) {
            throw new ApiInputException("title", "tasks.error.titleRequired");
        }
        String description = text(body.description(), "description", TEXT_MAX);
        if (body.unitId() == null) {
            throw new ApiInputException("unitId", "tasks.form.unitId.required");
        }
        TaskId id = management.assign(user, new TaskManagement.Assignment(title, description, body.unitId(),
                body.personId(), parse(ObligationRole.class, body.role(), "role"),
                parse(Urgency.class, body.urgency(), "urgency"), body.dueDate(), body.workingDays()));
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + id.value())).body(documents.document(user, id));
    }

    @PostMapping("/{id:\\d+}/progress")
    TaskDocument progress(@PathVariable long id, @RequestBody TaskRequests.Progress body,
            @AuthenticationPrincipal StaffUser user) {
        if (body.percent() == null) {
            throw new ApiInputException("percent", "tasks.form.percent.required");
        }
        management.reportProgress(user, TaskId.of(id), body.percent(), text(body.note(), "note", TEXT_MAX),
                List.of());
        return documents.document(user, TaskId.of(id));
    }

    @PostMapping("/{id:\\d+}/notes")
    TaskDocument note(@PathVariable long id, @RequestBody TaskRequests.Note body, @AuthenticationPrincipal StaffUser user) {
        management.addNote(user, TaskId.of(id), text(body.note(), "note", TEXT_MAX), List.of());
        return documents.document(user, TaskId.of(id));
    }

    @PostMapping("/{id:\\d+}/complete")
    TaskDocument complete(@PathVariable long id, @RequestBody TaskRequests.Complete body,
            @AuthenticationPrincipal StaffUser user) {
        management.complete(user, TaskId.of(id), text(body.result(), "result", TEXT_MAX), List.of());
        return documents.document(user, TaskId.of(id));
    }

    @PostMapping("/{id:\\d+}/extension-requests")
    TaskDocument requestExtension(@PathVariable long id, @RequestBody TaskRequests.ExtensionRequest body,
            @AuthenticationPrincipal StaffUser user) {
        if (body.newDueDate() == null) {
            throw new ApiInputException("newDueDate", "tasks.form.date.required");
        }
        management.requestExtension(user, TaskId.of(id), body.newDueDate(), text(body.reason(), "reason", REASON_MAX));
        return documents.document(user, TaskId.of(id));
    }

    @PostMapping("/{id:\\d+}/extension-decision")
    TaskDocument decideExtension(@PathVariable long id, @RequestBody TaskRequests.ExtensionDecision body,
            @AuthenticationPrincipal StaffUser user) {
        if (body.approve() == null) {
            throw new ApiInputException("approve", "tasks.form.decision.required");
        }
        management.decideExtension(user, TaskId.of(id), body.approve(), text(body.note(), "note", SHORT_MAX));
        return documents.document(user, TaskId.of(id));
    }

    @PostMapping("/{id:\\d+}/delegation")
    TaskDocument delegate(@PathVariable long id, @RequestBody TaskRequests.Delegation body,
            @AuthenticationPrincipal StaffUser user) {
        if (body.unitId() == null) {
            throw new ApiInputException("unitId", "tasks.form.unitId.required");
        }
        management.delegate(user, TaskId.of(id), body.unitId(), body.personId(), text(body.note(), "note", SHORT_MAX));
        return documents.document(user, TaskId.of(id));
    }

    @PostMapping("/{id:\\d+}/cancellation")
    TaskDocument cancel(@PathVariable long id, @RequestBody TaskRequests.Cancellation body,
            @AuthenticationPrincipal StaffUser user) {
        management.cancel(user, TaskId.of(id), text(body.reason(), "reason", TEXT_MAX));
        return documents.document(user, TaskId.of(id));
    }

    /** The session's CSRF token, for clients that then POST with it in the {@code X-CSRF-TOKEN} header. */
    private static void exposeCsrfToken(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            response.setHeader(token.getHeaderName(), token.getToken());
        }
    }

    private static String text(String raw, String field, int max) {
        String value = Texts.cleanOrNull(raw);
        if (value != null && value.length() > max) {
            throw new ApiInputException(field, "tasks.form.tooLong", max);
        }
        return value;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiInputException(field, "tasks.api.invalidValue", value);
        }
    }
}
