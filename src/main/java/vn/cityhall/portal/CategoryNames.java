package vn.cityhall.portal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.cityhall.feedback.FeedbackCategories;
import vn.cityhall.feedback.FeedbackCategory;

/** Category names by id in the page's language, for the portal's lists. */
@Component
class CategoryNames {

    private final FeedbackCategories categories;

    CategoryNames(FeedbackCategories categories) {
        this.categories = categories;
    }

    Map<Long, String> in(Locale locale) {
        Map<Long, String> names = new HashMap<>();
        for (FeedbackCategory category : categories.findAll()) {
            names.put(category.id(), "en".equals(locale.getLanguage()) ? category.nameEn() : category.name());
        }
        return names;
    }

    boolean exists(long id) {
        return categories.existsById(id);
    }
}
