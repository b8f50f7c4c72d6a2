package vn.cityhall.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cityhall.audit.ChainVerification.Kind;

class ChainWalkTests {

    private static final Instant START = Instant.parse("2026-03-01T02:00:00Z");

    /** A sound chain of {@code length} entries. */
    static List<Stored> chain(int length) {
        List<Stored> entries = new ArrayList<>();
        String previous = AuditEntryContent.GENESIS_HASH;
        for (int n = 1; n <= length; n++) {
            AuditEntryContent content = new AuditEntryContent(n, START.plusSeconds(n), "user" + n, (long) n,
                    "10.0.0." + n, "test.thing.done", "Thing", String.valueOf(n), "detail " + n, AuditOutcome.SUCCESS,
                    previous);
            previous = content.hash();
            entries.add(new Stored(n, content, previous));
        }
        return entries;
    }

    static ChainVerification walk(List<Stored> entries, long headSequence, String headHash) {
        ChainWalk walk = new ChainWalk(headSequence, headHash);
        for (Stored entry : entries) {
            if (!walk.accept(entry.sequence(), entry.content(), entry.hash())) {
                break;
            }
        }
        return walk.finish();
    }

    static ChainVerification walk(List<Stored> entries) {
        Stored last = entries.get(entries.size() - 1);
        return walk(entries, last.sequence(), last.hash());
    }

    @Test
    void aSoundChainIsIntact() {
        ChainVerification result = walk(chain(10));
        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isEqualTo(10);
        assertThat(result.firstProblem()).isNull();
        assertThat(result.lastSequence()).isEqualTo(10);
    }

    @Test
    void anEmptyChainAtGenesisIsIntact() {
        ChainVerification result = walk(List.of(), 0, AuditEntryContent.GENESIS_HASH);
        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isZero();
    }

    @Test
    void findsAnEntryWhoseContentNoLongerMatchesItsHash() {
        List<Stored> entries = chain(10);
        Stored original = entries.get(6);
        AuditEntryContent c = original.content();
        entries.set(6, new Stored(7, new AuditEntryContent(7, c.occurredAt(), c.actorUsername(), c.actorPersonId(),
                c.sourceAddress(), c.action(), c.targetType(), c.targetId(), "something else", c.outcome(),
                c.previousHash()), original.hash()));
        assertThat(walk(entries)).satisfies(result -> {
            assertThat(result.intact()).isFalse();
            assertThat(result.firstProblem()).isEqualTo(new ChainVerification.Problem(7, Kind.MODIFIED));
            assertThat(result.entries()).isEqualTo(6);
        });
    }

    @Test
    void reportsOnlyTheFirstProblem() {
        List<Stored> entries = chain(10);
        entries.remove(8);
        entries.remove(3);
        assertThat(walk(entries).firstProblem()).isEqualTo(new ChainVerification.Problem(4, Kind.MISSING));
    }

    @Test
    void findsADeletedEntryInTheMiddle() {
        List<Stored> entries = chain(10);
        entries.remove(4);
        assertThat(walk(entries).firstProblem()).isEqualTo(new ChainVerification.Problem(5, Kind.MISSING));
    }

    @Test
    void findsADeletedFirstEntry() {
        List<Stored> entries = chain(3);
        entries.remove(0);
        ChainVerification result = walk(entries);
        assertThat(result.firstProblem()).isEqualTo(new ChainVerification.Problem(1, Kind.MISSING));
        assertThat(result.entries()).isZero();
    }

    @Test
    void findsDeletedNewestEntriesThroughTheHead() {
        List<Stored> entries = chain(10);
        Stored head = entries.get(9);
        ChainVerification result = walk(entries.subList(0, 8), head.sequence(), head.hash());
        assertThat(result.firstProblem()).isEqualTo(new ChainVerification.Problem(9, Kind.MISSING));
        assertThat(result.entries()).isEqualTo(8);
    }

    @Test
    void findsAnEntryRewrittenWithARecomputedHashAtTheNextLink() {
        List<Stored> entries = chain(10);
        AuditEntryContent c = entries.get(4).content();
        AuditEntryContent forged = new AuditEntryContent(5, c.occurredAt(), "someone else", c.actorPersonId(),
                c.sourceAddress(), c.action(), c.targetType(), c.targetId(), c.detail(), c.outcome(), c.previousHash());
        entries.set(4, new Stored(5, forged, forged.hash()));
        ChainVerification result = walk(entries);
        assertThat(result.firstProblem()).isEqualTo(new ChainVerification.Problem(6, Kind.BROKEN_LINK));
        assertThat(result.entries()).isEqualTo(5);
    }

    @Test
    void findsEntriesRemovedAndRenumberedAsABrokenLink() {
        // Entry 5 removed, 6..10 renumbered 5..9 with recomputed hashes over their own content:
        // each is self-consistent, but the new entry 5 still points at the removed entry.
        List<Stored> entries = new ArrayList<>(chain(10).subList(0, 4));
        for (Stored moved : chain(10).subList(5, 10)) {
            AuditEntryContent c = moved.content();
            AuditEntryContent renumbered = new AuditEntryContent(c.sequence() - 1, c.occurredAt(), c.actorUsername(),
                    c.actorPersonId(), c.sourceAddress(), c.action(), c.targetType(), c.targetId(), c.detail(),
                    c.outcome(), c.previousHash());
            entries.add(new Stored(renumbered.sequence(), renumbered, renumbered.hash()));
        }
        assertThat(walk(entries).firstProblem()).isEqualTo(new ChainVerification.Problem(5, Kind.BROKEN_LINK));
    }

    @Test
    void findsTheNewestEntryRewrittenThroughTheHead() {
        List<Stored> entries = chain(5);
        String headHash = entries.get(4).hash();
        AuditEntryContent c = entries.get(4).content();
        AuditEntryContent forged = new AuditEntryContent(5, c.occurredAt(), c.actorUsername(), c.actorPersonId(),
                c.sourceAddress(), c.action(), c.targetType(), c.targetId(), "nothing to see", c.outcome(),
                c.previousHash());
        entries.set(4, new Stored(5, forged, forged.hash()));
        ChainVerification result = walk(entries, 5, headHash);
        assertThat(result.firstProblem()).isEqualTo(new ChainVerification.Problem(5, Kind.BROKEN_LINK));
        assertThat(result.entries()).isEqualTo(4);
    }

    @Test
    void anEntryWhoseStoredValuesCannotBeReadIsModified() {
        List<Stored> entries = chain(4);
        entries.set(2, new Stored(3, null, entries.get(2).hash()));
        assertThat(walk(entries).firstProblem()).isEqualTo(new ChainVerification.Problem(3, Kind.MODIFIED));
    }

    @Test
    void stopsAcceptingAfterTheFirstProblem() {
        List<Stored> entries = chain(3);
        ChainWalk walk = new ChainWalk(3, entries.get(2).hash());
        assertThat(walk.accept(2, entries.get(1).content(), entries.get(1).hash())).isFalse();
        assertThat(walk.accept(1, entries.get(0).content(), entries.get(0).hash())).isFalse();
        assertThat(walk.finish().firstProblem()).isEqualTo(new ChainVerification.Problem(1, Kind.MISSING));
    }

    record Stored(long sequence, AuditEntryContent content, String hash) {
    }
}
