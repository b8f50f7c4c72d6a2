package vn.cityhall.tasks;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a task comes from: a standalone assignment ({@link #STANDALONE}) or an obligation of another
 * module, with a reference people recognise and a link back to it.
 *
 * @param module the module, e.g. {@code tasks}, {@code feedback}
 * @param kind the kind of obligation, e.g. {@code tasks.standalone}, {@code feedback.handling}
 * @param id the obligation's id in that module, {@code null} for standalone tasks
 * @param reference e.g. {@code PA-2026-000123}, {@code 123/UBND-VP}
 * @param link the staff-app path of the source item
 */
@Embeddable
public record TaskSource(
        @Column(name = "source_module") String module,
        @Column(name = "source_kind") String kind,
        @Column(name = "source_id") String id,
        @Column(name = "source_reference") String reference,
        @Column(name = "source_link") String link) {

    public static final String STANDALONE_KIND = "tasks.standalone";

    public static TaskSource standalone() {
        return new TaskSource("tasks", STANDALONE_KIND, null, null, null);
    }

    public boolean isStandalone() {
        return STANDALONE_KIND.equals(kind);
    }

    /** Message key naming the kind of source, e.g. {@code tasks.source.feedback.handling}. */
    public String messageKey() {
        return "tasks.source." + kind;
    }
}
