package vn.cityhall.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** One step on a task's timeline, with the files attached to it. Part of the {@link Task} aggregate. */
@Entity
@Table(name = "tasks_timeline")
public class TimelineEntry {

    /** What happened. */
    public enum Kind {
        ASSIGNED, PROGRESS, NOTE, DELEGATED, EXTENSION_REQUESTED, EXTENSION_APPROVED, EXTENSION_REFUSED,
        DUE_CHANGED, COMPLETED, CANCELLED;

        public String messageKey() {
            return "tasks.timeline." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    private Task task;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private Instant at;

    @Column(name = "actor_id")
    private Long actorId;

    private Integer progress;

    private String text;

    /** A short machine-made detail, e.g. the unit and person a task was delegated to ({@code unit:5 person:9}). */
    private String detail;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "tasks_timeline_file", joinColumns = @JoinColumn(name = "timeline_id"))
    @OrderColumn(name = "position")
    @Column(name = "file_id")
    private List<Long> fileIds = new ArrayList<>();

    protected TimelineEntry() {
    }

    TimelineEntry(Task task, Kind kind, Instant at, Long actorId, Integer progress, String text, String detail,
            List<Long> fileIds) {
        this.task = task;
        this.kind = kind;
        this.at = at;
        this.actorId = actorId;
        this.progress = progress;
        this.text = text;
        this.detail = detail;
        this.fileIds = new ArrayList<>(fileIds);
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public Instant at() {
        return at;
    }

    public Long actorId() {
        return actorId;
    }

    public Integer progress() {
        return progress;
    }

    public String text() {
        return text;
    }

    public String detail() {
        return detail;
    }

    public List<Long> fileIds() {
        return List.copyOf(fileIds);
    }
}
