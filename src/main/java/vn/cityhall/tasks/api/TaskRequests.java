package vn.cityhall.tasks.api;

import java.time.LocalDate;

/** The JSON bodies of the API's actions. */
final class TaskRequests {

    private TaskRequests() {
    }

    /** {@code dueDate} (a working day) or {@code workingDays}, exactly one; role and urgency optional. */
    record Assign(String title, String description, Long unitId, Long personId, String role, String urgency,
            LocalDate dueDate, Integer workingDays) {
    }

    record Progress(Integer percent, String note) {
    }

    record Note(String note) {
    }

    record Complete(String result) {
    }

    record ExtensionRequest(LocalDate newDueDate, String reason) {
    }

    record ExtensionDecision(Boolean approve, String note) {
    }

    record Delegation(Long unitId, Long personId, String note) {
    }

    record Cancellation(String reason) {
    }
}
