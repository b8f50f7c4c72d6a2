package vn.cityhall.knowledge.internal;

/**
 * An entry that matches a question, with its score from 0 (nothing in common) to 1 (every word of the
 * question in the entry's keywords, in the same order).
 */
public record SearchMatch(IndexedEntry entry, double score) {
}
