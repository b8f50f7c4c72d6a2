package vn.cityhall.audit;

/**
 * The result of walking the audit chain from its first entry to the head.
 *
 * @param intact whether every entry is present, unmodified and correctly linked
 * @param entries when intact, the number of entries checked; otherwise the number of entries
 *        found sound before the first problem
 * @param lastSequence the sequence number of the chain head when the walk started
 * @param lastHash the head's hash; an auditor who writes it down can later prove that the log
 *        up to that entry has not been rewritten
 * @param firstProblem the first problem found, or {@code null} when intact
 */
public record ChainVerification(boolean intact, long entries, long lastSequence, String lastHash,
        Problem firstProblem) {

    /** What is wrong, and where. */
    public record Problem(long sequence, Kind kind) {
    }

    public enum Kind {

        /** The entry's content no longer matches its stored hash: it was changed after it was written. */
        MODIFIED,

        /** No entry has this sequence number although later ones (or the head) do: it was removed. */
        MISSING,

        /**
         * The entry is self-consistent but does not link to its predecessor (its previous hash is
         * not the predecessor's hash) or, for the newest entry, to the chain head: one of the two
         * was rewritten with a recomputed hash, or entries were removed and the rest renumbered.
         */
        BROKEN_LINK
    }
}
