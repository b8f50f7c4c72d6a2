package vn.cityhall.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.ObligationRole;
import vn.cityhall.shared.Texts;
import vn.cityhall.shared.Urgency;

/**
 * An obligation with a named responsible unit (which stays accountable), a current holder (the unit,
 * and optionally the person, it has been delegated to), a deadline, progress and a result. The
 * methods guard the task's own rules; who may call them is decided by {@link TaskPermissions}.
 */
@Entity
@Table(name = "tasks_task")
public class Task extends AbstractAggregateRoot<Task> {

    static final int SEARCH_TEXT_MAX = 700;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    private String description;

    @Embedded
    private TaskSource source;

    @Column(name = "responsible_unit_id")
    private long responsibleUnitId;

    @Column(name = "holder_unit_id")
    private long holderUnitId;

    @Column(name = "holder_person_id")
    private Long holderPersonId;

    @Enumerated(EnumType.STRING)
    private ObligationRole role;

    @Enumerated(EnumType.STRING)
    private Urgency urgency;

    @Column(name = "assigned_by")
    private Long assignedBy;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "original_due_at")
    private Instant originalDueAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    private TaskStatus status;

    private int progress;

    @Column(name = "result_summary")
    private String resultSummary;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private Long completedBy;

    @Column(name = "on_time")
    private Boolean onTime;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /**
     * Title and reference without accents, lower case ({@link Texts#searchKey}), for the inbox search;
     * both are fixed when the task is created.
     */
    @Column(name = "search_text")
    private String searchText;

    @Version
    private long version;

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at asc, id asc")
    private List<TimelineEntry> timeline = new ArrayList<>();

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at asc, id asc")
    private List<Delegation> delegations = new ArrayList<>();

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("requestedAt asc, id asc")
    private List<Extension> extensions = new ArrayList<>();

    protected Task() {
    }

    /** A new task; save it, then {@link #announce(AuditActor)} it so its event carries the id. */
    static Task create(NewTask spec, Instant now) {
        return create(spec, now, List.of());
    }

    /** A new task whose assignment carries attached files (ids in the files module). */
    static Task create(NewTask spec, Instant now, List<Long> files) {
        Task task = new Task();
        task.title = spec.title();
        task.description = spec.description();
        task.source = spec.source();
        task.responsibleUnitId = spec.responsibleUnitId();
        task.holderUnitId = spec.responsibleUnitId();
        task.holderPersonId = spec.responsiblePersonId();
        task.role = spec.role();
        task.urgency = spec.urgency();
        task.assignedBy = spec.assignedBy();
        task.assignedAt = spec.assignedAt();
        task.originalDueAt = spec.dueAt();
        task.dueAt = spec.dueAt();
        task.status = TaskStatus.NEW;
        task.createdAt = now;
        task.updatedAt = now;
        task.searchText = searchText(spec.title(), spec.source().reference());
        // The description lives on the task (up to 10,000 characters); the timeline entry only marks the assignment.
        task.timeline.add(new TimelineEntry(task, TimelineEntry.Kind.ASSIGNED, spec.assignedAt(), spec.assignedBy(),
                null, null, holderDetail(task.holderUnitId, task.holderPersonId), files));
        return task;
    }

    Task announce(AuditActor actor) {
        registerEvent(new TaskAssigned(id(), responsibleUnitId, holderUnitId, holderPersonId, assignedBy, source.kind(),
                dueAt, actor));
        return this;
    }

    /** Reports progress (0–100) with an optional note and files; starts a new task. */
    Task reportProgress(long actor, int percent, String note, List<Long> files, Instant now, AuditActor audit) {
        requireOpen();
        if (percent < 0 || percent > 100) {
            throw new TaskRuleViolation("tasks.error.progressRange");
        }
        if (percent == 100) {
            throw new TaskRuleViolation("tasks.error.useComplete");
        }
        this.progress = percent;
        this.status = TaskStatus.IN_PROGRESS;
        touch(now);
        timeline.add(new TimelineEntry(this, TimelineEntry.Kind.PROGRESS, now, actor, percent, note, null, files));
        registerEvent(new TaskProgressed(id(), percent, false, audit));
        return this;
    }

    /** Adds a note (and files) to the timeline without changing progress. */
    Task addNote(long actor, String note, List<Long> files, Instant now, AuditActor audit) {
        requireOpen();
        if ((note == null || note.isBlank()) && files.isEmpty()) {
            throw new TaskRuleViolation("tasks.error.noteEmpty");
        }
        touch(now);
        timeline.add(new TimelineEntry(this, TimelineEntry.Kind.NOTE, now, actor, null, note, null, files));
        registerEvent(new TaskProgressed(id(), progress, true, audit));
        return this;
    }

    /** Marks the task done with its result; on time when done by the approved deadline. */
    Task complete(Long actor, String result, List<Long> files, Instant now, AuditActor audit) {
        requireOpen();
        if (role != ObligationRole.INFORM && (result == null || result.isBlank())) {
            throw new TaskRuleViolation("tasks.error.resultRequired");
        }
        this.status = TaskStatus.DONE;
        this.progress = 100;
        this.resultSummary = result;
        this.completedAt = now;
        this.completedBy = actor;
        this.onTime = dueAt == null || !now.isAfter(dueAt);
        withdrawPendingExtension(now);
        touch(now);
        timeline.add(new TimelineEntry(this, TimelineEntry.Kind.COMPLETED, now, actor, 100, result, null, files));
        registerEvent(new TaskCompleted(id(), onTime, now, audit));
        return this;
    }

    /** Cancels an open task (it is no longer needed); the reason is kept. */
    Task cancel(Long actor, String reason, Instant now, AuditActor audit) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw new TaskRuleViolation("tasks.error.reasonRequired");
        }
        this.status = TaskStatus.CANCELLED;
        this.resultSummary = reason;
        this.completedAt = now;
        this.completedBy = actor;
        withdrawPendingExtension(now);
        touch(now);
        timeline.add(new TimelineEntry(this, TimelineEntry.Kind.CANCELLED, now, actor, null, reason, null, List.of()));
        registerEvent(new TaskCancelled(id(), reason, audit));
        return this;
    }

    /**
     * Hands the task down to a unit (and optionally a person) inside the current holder's subtree;
     * the caller has checked the target lies there. The responsible unit does not change.
     */
    Task delegate(long actor, long toUnitId, Long toPersonId, String note, Instant now, AuditActor audit) {
        requireOpen();
        if (toUnitId == holderUnitId && Objects.equals(toPersonId, holderPersonId)) {
            throw new TaskRuleViolation("tasks.error.delegateToSelf");
        }
        delegations.add(new Delegation(this, now, actor, holderUnitId, holderPersonId, toUnitId, toPersonId, note));
        long fromUnit = holderUnitId;
        Long fromPerson = holderPersonId;
        this.holderUnitId = toUnitId;
        this.holderPersonId = toPersonId;
        touch(now);
        timeline.add(new TimelineEntry(this, TimelineEntry.Kind.DELEGATED, now, actor, null, note,
                holderDetail(toUnitId, toPersonId), List.of()));
        registerEvent(new TaskDelegated(id(), fromUnit, fromPerson, toUnitId, toPersonId, audit));
        return this;
    }

    /** Asks for a later deadline; one request may be pending at a time. */
    Task requestExtension(long actor, Instant newDue, String reason, Instant now, AuditActor audit) {
        requireOpen();
        if (dueAt == null) {
            throw new TaskRuleViolation("tasks.error.noDeadline");
        }
        if (pendingExtension().isPresent()) {
            throw new TaskRuleViolation("tasks.error.extensionPending");
        }
        if (reason == null || reason.isBlank()) {
            throw new TaskRuleViolation("tasks.error.reasonRequired");
        }
        if (newDue == null || !newDue.isAfter(dueAt)) {
            throw new TaskRuleViolation("tasks.error.extensionNotLater");
        }
        Extension extension = new Extension(this, now, actor, reason, dueAt, newDue);
        extensions.add(extension);
        touch(now);
        timeline.add(new TimelineEntry(this, TimelineEntry.Kind.EXTENSION_REQUESTED, now, actor, null, reason,
                "due:" + newDue, List.of()));
        registerEvent(new TaskExtensionRequested(id(), newDue, audit));
        return this;
    }

    /** The assigner approves (the deadline moves) or refuses the pending request. */
    Task decideExtension(long actor, boolean approve, String note, Instant now, AuditActor audit) {
        requireOpen();
        Extension extension = pendingExtension().orElseThrow(() -> new TaskRuleViolation("tasks.error.noPendingExtension"));
        if (!approve && (note == null || note.isBlank())) {
            throw new TaskRuleViolation("tasks.error.refusalReasonRequired");
        }
        extension.decide(approve, actor, now, note);
        if (approve) {
            this.dueAt = extension.requestedDueAt();
        }
        touch(now);
        timeline.add(new TimelineEntry(this, approve ? TimelineEntry.Kind.EXTENSION_APPROVED
                : TimelineEntry.Kind.EXTENSION_REFUSED, now, actor, null, note, "due:" + dueAt, List.of()));
        registerEvent(new TaskExtensionDecided(id(), approve, dueAt, audit));
        return this;
    }

    /** The source module moved the deadline by its own rules; the original stays recorded. */
    Task changeDue(Instant newDue, String reason, Instant now, AuditActor audit) {
        requireOpen();
        this.dueAt = newDue;
        touch(now);
        timeline.add(new TimelineEntry(this, TimelineEntry.Kind.DUE_CHANGED, now, audit.personId(), null, reason,
                "due:" + newDue, List.of()));
        registerEvent(new TaskDueChanged(id(), newDue, audit));
        return this;
    }

    private void withdrawPendingExtension(Instant now) {
        pendingExtension().ifPresent(extension -> extension.withdraw(now));
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new TaskRuleViolation("tasks.error.closed");
        }
    }

    private void touch(Instant now) {
        this.updatedAt = now;
    }

    /** The search key of a title and a reference, at most {@value #SEARCH_TEXT_MAX} characters. */
    public static String searchText(String title, String reference) {
        String key = Texts.searchKey((title == null ? "" : title) + " " + (reference == null ? "" : reference));
        return key.length() > SEARCH_TEXT_MAX ? key.substring(0, SEARCH_TEXT_MAX) : key;
    }

    private static String holderDetail(long unitId, Long personId) {
        return "unit:" + unitId + (personId == null ? "" : " person:" + personId);
    }

    /** Whether the deadline has passed while the task is still open. */
    public boolean isOverdue(Instant now) {
        return status.isOpen() && dueAt != null && dueAt.isBefore(now);
    }

    public Optional<Extension> pendingExtension() {
        return extensions.stream().filter(Extension::isPending).findFirst();
    }

    public TaskId id() {
        return id == null ? null : new TaskId(id);
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public TaskSource source() {
        return source;
    }

    public long responsibleUnitId() {
        return responsibleUnitId;
    }

    public long holderUnitId() {
        return holderUnitId;
    }

    public Long holderPersonId() {
        return holderPersonId;
    }

    public ObligationRole role() {
        return role;
    }

    public Urgency urgency() {
        return urgency;
    }

    public Long assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public Instant originalDueAt() {
        return originalDueAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public TaskStatus status() {
        return status;
    }

    public int progress() {
        return progress;
    }

    public String resultSummary() {
        return resultSummary;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Long completedBy() {
        return completedBy;
    }

    public Boolean onTime() {
        return onTime;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    public List<Delegation> delegations() {
        return List.copyOf(delegations);
    }

    public List<Extension> extensions() {
        return List.copyOf(extensions);
    }
}
