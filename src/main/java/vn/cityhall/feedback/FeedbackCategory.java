package vn.cityhall.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A category (lĩnh vực) of feedback, with the kind of unit that normally handles it. */
@Entity
@Table(name = "feedback_category")
public class FeedbackCategory {

    /** Who normally handles the category: the commune of the location, or a named department. */
    public enum Handler {
        COMMUNE, DEPARTMENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Column(name = "name_en")
    private String nameEn;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "handler_kind")
    private Handler handler;

    @Column(name = "handler_unit_code")
    private String handlerUnitCode;

    @Column(name = "commune_division")
    private String communeDivision;

    @Column(name = "photos_required")
    private boolean photosRequired;

    private boolean active;

    @Column(name = "sort_order")
    private int sortOrder;

    @Version
    private long version;

    protected FeedbackCategory() {
    }

    public long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public String description() {
        return description;
    }

    public Handler handler() {
        return handler;
    }

    /** The department's unit code when {@link #handler()} is {@link Handler#DEPARTMENT}. */
    public String handlerUnitCode() {
        return handlerUnitCode;
    }

    /**
     * Within a commune, the last part of the unit code of the division that handles the category (e.g.
     * {@code KTHTDT}), when the commune has such a division; {@code null} for the commune itself.
     */
    public String communeDivision() {
        return communeDivision;
    }

    public boolean photosRequired() {
        return photosRequired;
    }

    public boolean isActive() {
        return active;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
