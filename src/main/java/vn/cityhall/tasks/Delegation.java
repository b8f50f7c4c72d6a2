package vn.cityhall.tasks;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One link of a task's delegation chain (giao xử lý xuống cấp dưới). Part of the {@link Task} aggregate. */
@Entity
@Table(name = "tasks_delegation")
public class Delegation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    private Task task;

    private Instant at;

    @Column(name = "by_person_id")
    private long byPersonId;

    @Column(name = "from_unit_id")
    private long fromUnitId;

    @Column(name = "from_person_id")
    private Long fromPersonId;

    @Column(name = "to_unit_id")
    private long toUnitId;

    @Column(name = "to_person_id")
    private Long toPersonId;

    private String note;

    protected Delegation() {
    }

    Delegation(Task task, Instant at, long byPersonId, long fromUnitId, Long fromPersonId, long toUnitId,
            Long toPersonId, String note) {
        this.task = task;
        this.at = at;
        this.byPersonId = byPersonId;
        this.fromUnitId = fromUnitId;
        this.fromPersonId = fromPersonId;
        this.toUnitId = toUnitId;
        this.toPersonId = toPersonId;
        this.note = note;
    }

    public Instant at() {
        return at;
    }

    public long byPersonId() {
        return byPersonId;
    }

    public long fromUnitId() {
        return fromUnitId;
    }

    public Long fromPersonId() {
        return fromPersonId;
    }

    public long toUnitId() {
        return toUnitId;
    }

    public Long toPersonId() {
        return toPersonId;
    }

    public String note() {
        return note;
    }
}
