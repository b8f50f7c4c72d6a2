package vn.cityhall.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.ObligationRole;
import vn.cityhall.shared.Urgency;

class TaskTests {

    private static final Instant ASSIGNED = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant DUE = Instant.parse("2026-03-09T10:00:00Z");
    private static final AuditActor ACTOR = AuditActor.system();
    private static final long CHAIRMAN = 2;
    private static final long OFFICER = 10;

    private final Task task = Task.create(new NewTask("  Kiểm tra hệ thống thoát nước  ", null, TaskSource.standalone(),
            20, null, ObligationRole.LEAD, Urgency.URGENT, CHAIRMAN, ASSIGNED, DUE), ASSIGNED);

    @Test
    void newTaskIsHeldByTheResponsibleUnitWithTheOriginalDeadline() {
        assertThat(task.title()).isEqualTo("Kiểm tra hệ thống thoát nước");
        assertThat(task.status()).isEqualTo(TaskStatus.NEW);
        assertThat(task.holderUnitId()).isEqualTo(20);
        assertThat(task.originalDueAt()).isEqualTo(DUE);
        assertThat(task.timeline()).extracting(TimelineEntry::kind).containsExactly(TimelineEntry.Kind.ASSIGNED);
    }

    @Test
    void progressStartsTheTaskAndCompletionByTheDeadlineIsOnTime() {
        task.reportProgress(OFFICER, 50, "Đã khảo sát", List.of(7L), ASSIGNED.plus(Duration.ofDays(1)), ACTOR);
        assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(task.progress()).isEqualTo(50);
        task.complete(OFFICER, "Đã khắc phục", List.of(), DUE, ACTOR);
        assertThat(task.status()).isEqualTo(TaskStatus.DONE);
        assertThat(task.progress()).isEqualTo(100);
        assertThat(task.onTime()).isTrue();
        assertThat(task.timeline()).extracting(TimelineEntry::kind).containsExactly(TimelineEntry.Kind.ASSIGNED,
                TimelineEntry.Kind.PROGRESS, TimelineEntry.Kind.COMPLETED);
        assertThat(task.timeline().get(1).fileIds()).containsExactly(7L);
    }

    @Test
    void completionAfterTheDeadlineIsLateAndTheTaskIsOverdueBeforeThat() {
        Instant late = DUE.plusSeconds(60);
        assertThat(task.isOverdue(late)).isTrue();
        assertThat(task.isOverdue(DUE.minusSeconds(1))).isFalse();
        task.complete(OFFICER, "Xong", List.of(), late, ACTOR);
        assertThat(task.onTime()).isFalse();
        assertThat(task.isOverdue(late)).as("a closed task is never overdue").isFalse();
    }

    @Test
    void approvedExtensionMovesTheDeadlineKeepsTheOriginalAndOnTimeFollowsIt() {
        Instant extended = DUE.plus(Duration.ofDays(7));
        task.requestExtension(OFFICER, extended, "Chờ vật tư", ASSIGNED.plusSeconds(10), ACTOR);
        assertThat(task.pendingExtension()).isPresent();
        assertThatThrownBy(() -> task.requestExtension(OFFICER, extended.plusSeconds(1), "lần nữa", ASSIGNED, ACTOR))
                .isInstanceOf(TaskRuleViolation.class).hasMessage("tasks.error.extensionPending");
        task.decideExtension(CHAIRMAN, true, null, ASSIGNED.plusSeconds(20), ACTOR);
        assertThat(task.dueAt()).isEqualTo(extended);
        assertThat(task.originalDueAt()).isEqualTo(DUE);
        assertThat(task.extensions().get(0).previousDueAt()).isEqualTo(DUE);
        task.complete(OFFICER, "Xong", List.of(), DUE.plus(Duration.ofDays(3)), ACTOR);
        assertThat(task.onTime()).as("measured against the approved deadline").isTrue();
    }

    @Test
    void refusedExtensionNeedsAReasonAndKeepsTheDeadline() {
        task.requestExtension(OFFICER, DUE.plus(Duration.ofDays(2)), "Thiếu người", ASSIGNED, ACTOR);
        assertThatThrownBy(() -> task.decideExtension(CHAIRMAN, false, " ", ASSIGNED, ACTOR))
                .hasMessage("tasks.error.refusalReasonRequired");
        task.decideExtension(CHAIRMAN, false, "Việc gấp", ASSIGNED, ACTOR);
        assertThat(task.dueAt()).isEqualTo(DUE);
        assertThat(task.extensions().get(0).status()).isEqualTo(Extension.Status.REFUSED);
    }

    @Test
    void extensionMustBeLaterAndHaveAReason() {
        assertThatThrownBy(() -> task.requestExtension(OFFICER, DUE, "x", ASSIGNED, ACTOR))
                .hasMessage("tasks.error.extensionNotLater");
        assertThatThrownBy(() -> task.requestExtension(OFFICER, DUE.plusSeconds(1), "", ASSIGNED, ACTOR))
                .hasMessage("tasks.error.reasonRequired");
        assertThat(task.extensions()).isEmpty();
    }

    @Test
    void delegationMovesTheHolderAndKeepsTheResponsibleUnitAndTheChain() {
        task.delegate(CHAIRMAN, 21, null, "Phòng HTKT xử lý", ASSIGNED, ACTOR);
        task.delegate(CHAIRMAN, 21, OFFICER, null, ASSIGNED.plusSeconds(5), ACTOR);
        assertThat(task.responsibleUnitId()).isEqualTo(20);
        assertThat(task.holderUnitId()).isEqualTo(21);
        assertThat(task.holderPersonId()).isEqualTo(OFFICER);
        assertThat(task.delegations()).extracting(Delegation::fromUnitId, Delegation::toUnitId, Delegation::toPersonId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(20L, 21L, null),
                        org.assertj.core.groups.Tuple.tuple(21L, 21L, OFFICER));
        assertThatThrownBy(() -> task.delegate(CHAIRMAN, 21, OFFICER, null, ASSIGNED, ACTOR))
                .hasMessage("tasks.error.delegateToSelf");
    }

    @Test
    void closedTaskRefusesEveryChange() {
        task.cancel(CHAIRMAN, "Không còn cần thiết", ASSIGNED, ACTOR);
        assertThat(task.status()).isEqualTo(TaskStatus.CANCELLED);
        assertThatThrownBy(() -> task.reportProgress(OFFICER, 10, null, List.of(), ASSIGNED, ACTOR))
                .hasMessage("tasks.error.closed");
        assertThatThrownBy(() -> task.complete(OFFICER, "x", List.of(), ASSIGNED, ACTOR)).hasMessage("tasks.error.closed");
        assertThatThrownBy(() -> task.delegate(CHAIRMAN, 21, null, null, ASSIGNED, ACTOR)).hasMessage("tasks.error.closed");
    }

    @Test
    void progressMustBeBelowOneHundredAndResultIsRequired() {
        assertThatThrownBy(() -> task.reportProgress(OFFICER, 101, null, List.of(), ASSIGNED, ACTOR))
                .hasMessage("tasks.error.progressRange");
        assertThatThrownBy(() -> task.reportProgress(OFFICER, 100, null, List.of(), ASSIGNED, ACTOR))
                .hasMessage("tasks.error.useComplete");
        assertThatThrownBy(() -> task.complete(OFFICER, "  ", List.of(), ASSIGNED, ACTOR))
                .hasMessage("tasks.error.resultRequired");
        assertThatThrownBy(() -> task.addNote(OFFICER, null, List.of(), ASSIGNED, ACTOR))
                .hasMessage("tasks.error.noteEmpty");
        assertThat(task.status()).isEqualTo(TaskStatus.NEW);
    }

    @Test
    void completingWithAPendingExtensionWithdrawsIt() {
        task.requestExtension(OFFICER, DUE.plus(Duration.ofDays(2)), "Thiếu người", ASSIGNED, ACTOR);
        task.complete(OFFICER, "Xong sớm", List.of(), ASSIGNED.plusSeconds(30), ACTOR);
        assertThat(task.extensions().get(0).status()).isEqualTo(Extension.Status.WITHDRAWN);
        assertThat(task.pendingExtension()).isEmpty();
    }

    @Test
    void newTaskValidatesTitleAndDeadline() {
        assertThatThrownBy(() -> new NewTask(" ", null, TaskSource.standalone(), 1, null, ObligationRole.LEAD, null, 1L,
                ASSIGNED, DUE)).hasMessage("tasks.error.titleRequired");
        assertThatThrownBy(() -> new NewTask("x", null, TaskSource.standalone(), 1, null, ObligationRole.LEAD, null, 1L,
                ASSIGNED, null)).hasMessage("tasks.error.dueRequired");
        assertThatThrownBy(() -> new NewTask("x", null, TaskSource.standalone(), 1, null, ObligationRole.LEAD, null, 1L,
                ASSIGNED, ASSIGNED.minusSeconds(1))).hasMessage("tasks.error.dueInPast");
        assertThat(new NewTask("x", null, TaskSource.standalone(), 1, null, ObligationRole.INFORM, null, 1L, ASSIGNED,
                null).urgency()).isEqualTo(Urgency.NORMAL);
    }
}
