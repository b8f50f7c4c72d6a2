package vn.cityhall.audit;

/**
 * Checks entries one after the other, in sequence order, and remembers the first problem. Knows
 * nothing of the database, so that the rules can be tested on their own:
 * <ol>
 * <li>the sequence numbers run 1, 2, 3 … without a gap, else {@link ChainVerification.Kind#MISSING};</li>
 * <li>each stored hash equals the hash recomputed from the entry's content, else
 *     {@link ChainVerification.Kind#MODIFIED};</li>
 * <li>each entry's previous hash equals the hash of the entry before it (64 zeros for the first),
 *     else {@link ChainVerification.Kind#BROKEN_LINK};</li>
 * <li>at the end, the last entry is the chain head: same number (else the newest entries are
 *     {@code MISSING}) and same hash (else {@code BROKEN_LINK}).</li>
 * </ol>
 */
final class ChainWalk {

    private final long headSequence;
    private final String headHash;
    private long lastSequence;
    private String lastHash = AuditEntryContent.GENESIS_HASH;
    private long sound;
    private ChainVerification.Problem problem;

    /** A walk up to the head as it stood when the walk began; later entries are left for next time. */
    ChainWalk(long headSequence, String headHash) {
        this.headSequence = headSequence;
        this.headHash = headHash;
    }

    /**
     * Checks the next entry.
     *
     * @param sequence the entry's sequence number
     * @param content what the entry says, or {@code null} when its stored values are not even
     *        well formed (an invalid outcome or previous hash), which can only come from tampering
     * @param storedHash the hash stored with the entry
     * @return whether to go on: {@code false} once a problem is found
     */
    boolean accept(long sequence, AuditEntryContent content, String storedHash) {
        if (problem != null) {
            return false;
        }
        long expected = lastSequence + 1;
        if (sequence != expected) {
            return fail(expected, ChainVerification.Kind.MISSING);
        }
        if (content == null || !content.hash().equals(storedHash)) {
            return fail(sequence, ChainVerification.Kind.MODIFIED);
        }
        if (!content.previousHash().equals(lastHash)) {
            return fail(sequence, ChainVerification.Kind.BROKEN_LINK);
        }
        lastSequence = sequence;
        lastHash = storedHash;
        sound++;
        return true;
    }

    /** The sequence number after which the next entry is expected. */
    long position() {
        return lastSequence;
    }

    /** The sequence number of the head: the walk ends there. */
    long headSequence() {
        return headSequence;
    }

    ChainVerification finish() {
        if (problem == null && lastSequence < headSequence) {
            fail(lastSequence + 1, ChainVerification.Kind.MISSING);
        } else if (problem == null && !lastHash.equals(headHash)) {
            sound--;
            fail(lastSequence, ChainVerification.Kind.BROKEN_LINK);
        }
        return new ChainVerification(problem == null, sound, headSequence, headHash, problem);
    }

    private boolean fail(long sequence, ChainVerification.Kind kind) {
        problem = new ChainVerification.Problem(sequence, kind);
        return false;
    }
}
