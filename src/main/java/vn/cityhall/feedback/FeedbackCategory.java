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

    /**
     * What an administrator may change about a category (everything but its code).
     *
     * @param handlerUnitCode the department's unit code, required when {@code handler} is
     *        {@link Handler#DEPARTMENT} and ignored for {@link Handler#COMMUNE}
     * @param communeDivision see {@link #communeDivision()}; ignored for {@link Handler#DEPARTMENT}
     */
    public record Details(String name, String nameEn, String description, Handler handler, String handlerUnitCode,
            String communeDivision, boolean photosRequired, boolean active, int sortOrder) {
    }

    /** A new category; its code never changes afterwards (Open311 clients know categories by it). */
    public static FeedbackCategory create(String code, Details details) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A category needs a code");
        }
        FeedbackCategory category = new FeedbackCategory();
        category.code = code;
        return category.revise(details);
    }

    /** Changes the names, description, usual handler, photo rule, status and order. */
    public FeedbackCategory revise(Details details) {
        if (details.name() == null || details.nameEn() == null || details.handler() == null) {
            throw new IllegalArgumentException("A category needs a name in both languages and a handler kind");
        }
        if (details.handler() == Handler.DEPARTMENT && details.handlerUnitCode() == null) {
            throw new IllegalArgumentException("A category handled by a department names the department");
        }
        this.name = details.name();
        this.nameEn = details.nameEn();
        this.description = details.description();
        this.handler = details.handler();
        this.handlerUnitCode = details.handler() == Handler.DEPARTMENT ? details.handlerUnitCode() : null;
        this.communeDivision = details.handler() == Handler.COMMUNE ? details.communeDivision() : null;
        this.photosRequired = details.photosRequired();
        this.active = details.active();
        this.sortOrder = details.sortOrder();
        return this;
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

    /** The optimistic-locking version, which an edit form sends back to detect concurrent changes. */
    public long version() {
        return version;
    }
}
