package vn.cityhall.feedback.lists;

import org.springframework.validation.Errors;

import vn.cityhall.feedback.FeedbackCategory;

/**
 * The add and edit form of a category, bound as text and checked by {@link #check}. The code is used
 * only when adding; {@code version} is the version the edit form was opened with.
 *
 * @param handler {@code COMMUNE} or {@code DEPARTMENT}
 * @param handlerUnitCode the department's unit code, used when {@code handler} is {@code DEPARTMENT}
 * @param communeDivision the last part of the code of the commune's division that handles the category
 *        (e.g. {@code KTHTDT}), used when {@code handler} is {@code COMMUNE}; empty for the commune itself
 */
public record CategoryForm(String code, String name, String nameEn, String description, String handler,
        String handlerUnitCode, String communeDivision, String photosRequired, String active, String sortOrder,
        String version) {

    static final int CODE_MAX = 40;
    static final int DIVISION_MAX = 20;
    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 1000;

    static CategoryForm blank() {
        return new CategoryForm(null, null, null, null, FeedbackCategory.Handler.COMMUNE.name(), null, null, null, "on",
                "0", null);
    }

    static CategoryForm of(FeedbackCategory category) {
        return new CategoryForm(category.code(), category.name(), category.nameEn(), category.description(),
                category.handler().name(), category.handlerUnitCode(), category.communeDivision(),
                category.photosRequired() ? "on" : null,
                category.isActive() ? "on" : null, Integer.toString(category.sortOrder()),
                Long.toString(category.version()));
    }

    /** Checks every field the form alone can check; the department's existence is checked on saving. */
    void check(Errors errors, boolean adding) {
        if (adding) {
            FormValues.requireCode(errors, "code", code, CODE_MAX);
        }
        FormValues.requireText(errors, "name", name, NAME_MAX);
        FormValues.requireText(errors, "nameEn", nameEn, NAME_MAX);
        FormValues.optionalText(errors, "description", description, DESCRIPTION_MAX);
        if (handlerKind() == null) {
            errors.rejectValue("handler", "feedbacklists.category.handler.required");
        } else if (handlerKind() == FeedbackCategory.Handler.DEPARTMENT && handlerUnitCode == null) {
            errors.rejectValue("handlerUnitCode", "feedbacklists.category.department.required");
        }
        if (communeDivision != null && (communeDivision.length() > DIVISION_MAX
                || !FormValues.CODE.matcher(communeDivision).matches())) {
            errors.rejectValue("communeDivision", "feedbacklists.error.code", new Object[] {DIVISION_MAX}, null);
        }
        FormValues.requireOrder(errors, "sortOrder", sortOrder);
    }

    FeedbackCategory.Handler handlerKind() {
        for (FeedbackCategory.Handler kind : FeedbackCategory.Handler.values()) {
            if (kind.name().equals(handler)) {
                return kind;
            }
        }
        return null;
    }

    /** The details to save; call only after {@link #check} found no error. */
    FeedbackCategory.Details details() {
        return new FeedbackCategory.Details(name, nameEn, description, handlerKind(), handlerUnitCode, communeDivision,
                checked(photosRequired), checked(active), FormValues.order(sortOrder));
    }

    public boolean checked(String value) {
        return FormValues.checked(value);
    }

    public boolean department() {
        return handlerKind() == FeedbackCategory.Handler.DEPARTMENT;
    }
}
