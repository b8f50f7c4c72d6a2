package vn.cityhall.feedback.lists;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cityhall.feedback.FeedbackCategories;
import vn.cityhall.feedback.FeedbackCategory;
import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.UnitType;

/**
 * An administrator's changes to the categories. What the form cannot check (a free code, an active
 * department, an unchanged version) is checked here inside the transaction; a refusal rolls it back.
 */
@Service
@Transactional
class CategoryAdministration {

    static final String LIST = "category";

    private final FeedbackCategories categories;
    private final OrganizationDirectory directory;
    private final ApplicationEventPublisher events;

    CategoryAdministration(FeedbackCategories categories, OrganizationDirectory directory,
            ApplicationEventPublisher events) {
        this.categories = categories;
        this.directory = directory;
        this.events = events;
    }

    long create(CategoryForm form) {
        if (categories.findAll().stream().anyMatch(category -> category.code().equals(form.code()))) {
            throw codeTaken(form.code());
        }
        requireDepartment(form);
        FeedbackCategory category = categories.saveAndFlush(FeedbackCategory.create(form.code(), form.details()));
        events.publishEvent(FeedbackListChanged.of(LIST, category.id(), "created", category.code()));
        return category.id();
    }

    void update(long id, CategoryForm form) {
        FeedbackCategory category = categories.findById(id).orElseThrow(() -> new ListItemNotFound(LIST, id));
        ListRefusal.requireVersion(FormValues.version(form.version()), category.version());
        requireDepartment(form);
        categories.saveAndFlush(category.revise(form.details()));
        events.publishEvent(FeedbackListChanged.of(LIST, id, "updated", category.code()));
    }

    static ListRefusal codeTaken(String code) {
        return new ListRefusal("code", "feedbacklists.error.codeTaken", code);
    }

    private void requireDepartment(CategoryForm form) {
        if (!form.department()) {
            return;
        }
        boolean activeDepartment = directory.unitByCode(form.handlerUnitCode())
                .filter(unit -> unit.type() == UnitType.DEPARTMENT && unit.active()).isPresent();
        if (!activeDepartment) {
            throw new ListRefusal("handlerUnitCode", "feedbacklists.category.department.unknown",
                    form.handlerUnitCode());
        }
    }
}
