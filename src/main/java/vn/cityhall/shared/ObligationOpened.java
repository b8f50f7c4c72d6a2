package vn.cityhall.shared;

import java.time.Instant;

/**
 * The event contract through which a module makes one of its obligations a tracked task: a
 * feedback item to handle, an incoming document to process, a meeting conclusion to carry out, a
 * report to submit. The tasks module listens to it and creates one task per event; it never calls
 * the publishing module. Publish it after the obligation is assigned (one event per responsible
 * unit: the lead unit and each coordinating unit). Redelivery is harmless: the tasks module keeps
 * one task per (source module, kind, id, responsible unit). See docs/tasks-events.md.
 *
 * @param sourceModule the publishing module, e.g. {@code feedback}
 * @param sourceKind what kind of obligation, e.g. {@code feedback.handling}; shown as the message
 *        {@code tasks.source.<sourceKind>}
 * @param sourceId the obligation's id in the source module
 * @param reference what people call it, e.g. {@code PA-2026-000123} or {@code 123/UBND-VP}
 * @param link the staff-app path of the source item, e.g. {@code /feedback/123}
 * @param title a one-line summary (user content, already NFC-normalised)
 * @param description optional details
 * @param responsibleUnitId the unit that answers for the obligation
 * @param responsiblePersonId optionally, the person it is assigned to within that unit
 * @param role lead, coordinate or for information
 * @param assignedByPersonId who assigned it (decides extension requests); {@code null} when it was
 *        assigned by the system
 * @param assignedAt when it was assigned
 * @param dueAt the deadline, computed by the publisher with the working-day calendar; {@code null}
 *        for information only
 * @param urgency how urgent
 * @param actor who caused it, for the audit trail
 */
public record ObligationOpened(String sourceModule, String sourceKind, String sourceId, String reference,
        String link, String title, String description, long responsibleUnitId, Long responsiblePersonId,
        ObligationRole role, Long assignedByPersonId, Instant assignedAt, Instant dueAt, Urgency urgency,
        AuditActor actor) {
}
