package vn.cityhall.organization;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import vn.cityhall.shared.AuditActor;
import vn.cityhall.shared.Texts;

/**
 * A unit of the city's government (đơn vị): the City People's Committee, a department, a ward or
 * commune, or a division inside one of them. Units are never deleted: a merged or renamed unit is
 * deactivated with an end date, so that its past work stays attributable.
 */
@Entity
@Table(name = "organization_unit")
public class Unit extends AbstractAggregateRoot<Unit> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Column(name = "full_name")
    private String fullName;

    @Column(name = "short_name")
    private String shortName;

    @Enumerated(EnumType.STRING)
    private UnitType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    private boolean active;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "sort_order")
    private int sortOrder;

    @Version
    private long version;

    protected Unit() {
    }

    private Unit(UnitDetails details, UnitType type, Unit parent) {
        if (!type.mayBeChildOf(parent == null ? null : parent.type)) {
            throw new IllegalArgumentException("A " + type + " unit cannot be placed under "
                    + (parent == null ? "no parent" : parent.type));
        }
        this.type = type;
        this.parent = parent;
        this.active = true;
        apply(details);
    }

    /** Creates a unit; the caller saves it, which publishes {@link UnitCreated}. */
    public static Unit create(UnitDetails details, UnitType type, Unit parent) {
        Unit unit = new Unit(details, type, parent);
        unit.registerEvent(new UnitCreated(unit.code, AuditActor.current()));
        return unit;
    }

    /**
     * Changes the unit's names, code, dates and order, all of them as given (an empty end date
     * clears it); publishes {@link UnitUpdated}.
     */
    public Unit update(UnitDetails details) {
        apply(details);
        registerEvent(new UnitUpdated(id(), code, AuditActor.current()));
        return this;
    }

    /**
     * Moves the unit under another parent. The caller must ensure the new parent is not inside
     * this unit's own subtree (see {@link UnitTree#isWithin}).
     */
    public Unit moveTo(Unit newParent) {
        Objects.requireNonNull(newParent, "newParent");
        if (newParent == this || Objects.equals(newParent.id, id)) {
            throw new IllegalArgumentException("A unit cannot be its own parent");
        }
        if (!type.mayBeChildOf(newParent.type)) {
            throw new IllegalArgumentException("A " + type + " unit cannot be placed under " + newParent.type);
        }
        UnitId from = parent == null ? null : parent.id();
        this.parent = newParent;
        registerEvent(new UnitMoved(id(), from, newParent.id(), AuditActor.current()));
        return this;
    }

    /** Ends the unit's validity (a merger, a dissolution); its people must be moved first. */
    public Unit deactivate(LocalDate endDate) {
        if (!active) {
            throw new IllegalStateException("Unit " + code + " is already inactive");
        }
        this.active = false;
        this.validTo = endDate;
        registerEvent(new UnitDeactivated(id(), code, AuditActor.current()));
        return this;
    }

    /** Makes an inactive unit valid again. */
    public Unit reactivate() {
        if (active) {
            throw new IllegalStateException("Unit " + code + " is already active");
        }
        this.active = true;
        this.validTo = null;
        registerEvent(new UnitReactivated(id(), code, AuditActor.current()));
        return this;
    }

    private void apply(UnitDetails details) {
        this.code = Texts.clean(details.code());
        this.name = Texts.clean(details.name());
        this.fullName = Texts.clean(details.fullName());
        this.shortName = Texts.clean(details.shortName());
        this.validFrom = details.validFrom();
        this.sortOrder = details.sortOrder();
        this.validTo = details.validTo();
    }

    public UnitId id() {
        return id == null ? null : new UnitId(id);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String fullName() {
        return fullName;
    }

    public String shortName() {
        return shortName;
    }

    public UnitType type() {
        return type;
    }

    public Unit parent() {
        return parent;
    }

    public boolean isActive() {
        return active;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public int sortOrder() {
        return sortOrder;
    }

    /** The editable attributes of a unit. */
    public record UnitDetails(String code, String name, String fullName, String shortName, LocalDate validFrom,
            LocalDate validTo, int sortOrder) {
    }
}
