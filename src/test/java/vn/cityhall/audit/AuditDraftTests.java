package vn.cityhall.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import vn.cityhall.shared.AuditActor;

class AuditDraftTests {

    @Test
    void storesTextInNfcTrimmedAndWithoutControlCharacters() {
        String decomposed = Normalizer.normalize("Đổi tên\tđơn vị\r\nHoàn Kiếm ", Normalizer.Form.NFD);
        AuditDraft draft = AuditDraft.of(new AuditActor(" admin ", 1L, "10.0.0.7"), "organization.unit.updated",
                "Unit", "01", decomposed, AuditOutcome.SUCCESS);
        assertThat(draft.detail()).isEqualTo("Đổi tên đơn vị  Hoàn Kiếm");
        assertThat(Normalizer.isNormalized(draft.detail(), Normalizer.Form.NFC)).isTrue();
        assertThat(draft.actorUsername()).isEqualTo("admin");
    }

    @Test
    void cutsLongValuesToTheColumnSizeWithAnEllipsis() {
        AuditDraft draft = AuditDraft.of(AuditActor.system(), "a.b", "T", "x".repeat(400), "y".repeat(5000),
                AuditOutcome.SUCCESS);
        assertThat(draft.targetId()).hasSize(AuditDraft.TARGET_ID_MAX).endsWith("…");
        assertThat(draft.detail()).hasSize(AuditDraft.DETAIL_MAX).endsWith("…");
    }

    @Test
    void neverCutsACharacterOutsideTheBasicPlaneInHalf() {
        String emoji = "\uD83D\uDE00";
        String text = "a".repeat(AuditDraft.TARGET_TYPE_MAX - 2) + emoji + emoji;
        String cut = AuditDraft.text(text, AuditDraft.TARGET_TYPE_MAX);
        assertThat(cut).hasSizeLessThanOrEqualTo(AuditDraft.TARGET_TYPE_MAX).endsWith("…");
        assertThat(cut.codePoints().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
    }

    @Test
    void blankOptionalValuesAreAbsent() {
        AuditDraft draft = AuditDraft.of(new AuditActor("admin", null, "  "), "a.b", " ", "", "\n",
                AuditOutcome.DENIED);
        assertThat(draft.sourceAddress()).isNull();
        assertThat(draft.targetType()).isNull();
        assertThat(draft.targetId()).isNull();
        assertThat(draft.detail()).isNull();
    }

    @Test
    void withoutAnActorTheSystemActs() {
        assertThat(AuditDraft.of(null, "a.b", null, null, null, AuditOutcome.SUCCESS).actorUsername())
                .isEqualTo(AuditActor.SYSTEM);
    }

    @Test
    void refusesAnEntryWithoutActionOrOutcome() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AuditDraft.of(AuditActor.system(), " ", null, null, null, AuditOutcome.SUCCESS));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AuditDraft.of(AuditActor.system(), "a.b", null, null, null, null));
    }
}
