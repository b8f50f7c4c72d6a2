package vn.cityhall.knowledge.internal;

import java.time.Instant;

/** One entry in the staff list. */
public record EntryRow(long id, String question, KnowledgeCategory category, EntryStatus status, String updatedBy,
        Instant updatedAt) {

    static EntryRow of(KnowledgeEntry entry) {
        return new EntryRow(entry.id(), entry.question(), entry.category(), entry.status(), entry.updatedBy(),
                entry.updatedAt());
    }

    public String href() {
        return "/knowledge/" + id;
    }

    public boolean published() {
        return status == EntryStatus.PUBLISHED;
    }
}
