package vn.cityhall.knowledge.internal;

import java.time.Instant;

/** An entry as the edit page shows it. */
public record EntryDetails(long id, EntryContent content, EntryStatus status, long version, String updatedBy,
        Instant updatedAt) {

    static EntryDetails of(KnowledgeEntry entry) {
        return new EntryDetails(entry.id(), entry.content(), entry.status(), entry.version(), entry.updatedBy(),
                entry.updatedAt());
    }

    public boolean published() {
        return status == EntryStatus.PUBLISHED;
    }
}
