package vn.cityhall.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuditEntryContentTests {

    static final Instant TIME = Instant.parse("2026-02-17T01:02:03.000004Z");

    static AuditEntryContent sample() {
        return new AuditEntryContent(7, TIME, "admin", 42L, "127.0.0.1", "organization.unit.created", "Unit", "01.VP",
                null, AuditOutcome.SUCCESS, AuditEntryContent.GENESIS_HASH);
    }

    @Test
    void canonicalFormIsTheDocumentedLengthPrefixedText() {
        assertThat(sample().canonicalForm()).isEqualTo("""
                cityhall-audit-v1
                sequence:1:7
                occurredAt:27:2026-02-17T01:02:03.000004Z
                actorUsername:5:admin
                actorPersonId:2:42
                sourceAddress:9:127.0.0.1
                action:25:organization.unit.created
                targetType:4:Unit
                targetId:5:01.VP
                detail:-
                outcome:7:SUCCESS
                previousHash:64:%s
                """.formatted("0".repeat(64)));
    }

    @Test
    void hashIsTheSha256HexOfTheCanonicalForm() {
        // Computed independently: printf '<canonical form>' | sha256sum
        assertThat(sample().hash()).isEqualTo("6f506081021d13dc74c07808a0c46e99d15a664077357d74598b2fe843da0333");
    }

    @Test
    void timesAlwaysHaveSixFractionDigitsInUtc() {
        AuditEntryContent whole = withTime(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(whole.canonicalForm()).contains("occurredAt:27:2026-01-01T00:00:00.000000Z\n");
    }

    @Test
    void lengthsAreCountedInUtf8Bytes() {
        AuditEntryContent vietnamese = withDetail("Hoà");
        assertThat(vietnamese.canonicalForm()).contains("detail:4:Hoà\n");
    }

    @Test
    void everyFieldChangesTheHash() {
        AuditEntryContent base = sample();
        List<AuditEntryContent> variants = List.of(
                new AuditEntryContent(8, TIME, "admin", 42L, "127.0.0.1", "organization.unit.created", "Unit", "01.VP",
                        null, AuditOutcome.SUCCESS, AuditEntryContent.GENESIS_HASH),
                withTime(TIME.plusNanos(1000)),
                new AuditEntryContent(7, TIME, "admin2", 42L, "127.0.0.1", "organization.unit.created", "Unit",
                        "01.VP", null, AuditOutcome.SUCCESS, AuditEntryContent.GENESIS_HASH),
                new AuditEntryContent(7, TIME, "admin", 43L, "127.0.0.1", "organization.unit.created", "Unit", "01.VP",
                        null, AuditOutcome.SUCCESS, AuditEntryContent.GENESIS_HASH),
                new AuditEntryContent(7, TIME, "admin", 42L, "10.0.0.1", "organization.unit.created", "Unit", "01.VP",
                        null, AuditOutcome.SUCCESS, AuditEntryContent.GENESIS_HASH),
                new AuditEntryContent(7, TIME, "admin", 42L, "127.0.0.1", "organization.unit.updated", "Unit", "01.VP",
                        null, AuditOutcome.SUCCESS, AuditEntryContent.GENESIS_HASH),
                new AuditEntryContent(7, TIME, "admin", 42L, "127.0.0.1", "organization.unit.created", "Person",
                        "01.VP", null, AuditOutcome.SUCCESS, AuditEntryContent.GENESIS_HASH),
                new AuditEntryContent(7, TIME, "admin", 42L, "127.0.0.1", "organization.unit.created", "Unit", "01",
                        null, AuditOutcome.SUCCESS, AuditEntryContent.GENESIS_HASH),
                withDetail("renamed"),
                new AuditEntryContent(7, TIME, "admin", 42L, "127.0.0.1", "organization.unit.created", "Unit", "01.VP",
                        null, AuditOutcome.FAILURE, AuditEntryContent.GENESIS_HASH),
                new AuditEntryContent(7, TIME, "admin", 42L, "127.0.0.1", "organization.unit.created", "Unit", "01.VP",
                        null, AuditOutcome.SUCCESS, "f".repeat(64)));
        assertThat(variants).allSatisfy(variant -> assertThat(variant.hash()).isNotEqualTo(base.hash()));
        assertThat(variants.stream().map(AuditEntryContent::hash).distinct()).hasSize(variants.size());
    }

    @Test
    void anAbsentValueDiffersFromAnEmptyOne() {
        assertThat(withDetail("").hash()).isNotEqualTo(withDetail(null).hash());
        assertThat(withDetail("-").hash()).isNotEqualTo(withDetail(null).hash());
    }

    @Test
    void aValueCannotImitateTheFieldsAfterIt() {
        // Without length prefixes these two would serialize alike: the target id swallowing the detail line.
        AuditEntryContent honest = new AuditEntryContent(7, TIME, "admin", 42L, null, "x.y.z", "Unit", "01",
                "moved", AuditOutcome.SUCCESS, AuditEntryContent.GENESIS_HASH);
        AuditEntryContent forged = new AuditEntryContent(7, TIME, "admin", 42L, null, "x.y.z", "Unit",
                "01\ndetail:5:moved", null, AuditOutcome.SUCCESS, AuditEntryContent.GENESIS_HASH);
        assertThat(forged.canonicalForm()).isNotEqualTo(honest.canonicalForm());
        assertThat(forged.hash()).isNotEqualTo(honest.hash());
    }

    @Test
    void rejectsAnythingButAHexSha256AsPreviousHash() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditEntryContent(1, TIME, "a", null, null, "a.b",
                null, null, null, AuditOutcome.SUCCESS, "abc"));
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditEntryContent(1, TIME, "a", null, null, "a.b",
                null, null, null, AuditOutcome.SUCCESS, "A".repeat(64)));
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditEntryContent(1, TIME, "a", null, null, "a.b",
                null, null, null, AuditOutcome.SUCCESS, null));
    }

    @Test
    void rejectsSequenceNumbersBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditEntryContent(0, TIME, "a", null, null, "a.b",
                null, null, null, AuditOutcome.SUCCESS, AuditEntryContent.GENESIS_HASH));
    }

    private static AuditEntryContent withTime(Instant time) {
        return new AuditEntryContent(7, time, "admin", 42L, "127.0.0.1", "organization.unit.created", "Unit", "01.VP",
                null, AuditOutcome.SUCCESS, AuditEntryContent.GENESIS_HASH);
    }

    private static AuditEntryContent withDetail(String detail) {
        return new AuditEntryContent(7, TIME, "admin", 42L, "127.0.0.1", "organization.unit.created", "Unit", "01.VP",
                detail, AuditOutcome.SUCCESS, AuditEntryContent.GENESIS_HASH);
    }
}
