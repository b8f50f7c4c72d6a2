package vn.cityhall.feedback.lists;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cityhall.feedback.FeedbackCategory;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.web.FormErrors;
import vn.cityhall.shared.web.Localizer;

/**
 * {@code /admin/feedback/categories}: system administrators list, add and edit the categories (lĩnh vực)
 * of feedback, and reach each category's extra questions. Categories are deactivated, never deleted,
 * because items keep them.
 */
@Controller
class CategoryController {

    static final String PATH = "/admin/feedback/categories";

    private final CategoryCatalog catalog;
    private final CategoryAdministration administration;
    private final MessageSource messages;

    CategoryController(CategoryCatalog catalog, CategoryAdministration administration, MessageSource messages) {
        this.catalog = catalog;
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        ListAccess.requireAdministrator(user);
        model.addAttribute("categories", catalog.rows());
        return "feedback/lists/categories";
    }

    @GetMapping(PATH + "/new")
    String add(@AuthenticationPrincipal StaffUser user, Model model) {
        ListAccess.requireAdministrator(user);
        return page(model, null, CategoryForm.blank(), FormErrors.NONE);
    }

    @PostMapping(PATH + "/new")
    String create(@ModelAttribute("form") CategoryForm form, BindingResult result,
            @AuthenticationPrincipal StaffUser user, Model model, Locale locale, RedirectAttributes redirect) {
        ListAccess.requireAdministrator(user);
        form.check(result, true);
        Optional<Long> created = result.hasErrors() ? Optional.empty()
                : Attempt.result(result, CategoryAdministration.codeTaken(form.code()), () -> administration.create(form));
        if (created.isPresent()) {
            redirect.addFlashAttribute("notice", new Localizer(messages, locale).t("feedbacklists.category.created",
                    form.name()));
            return "redirect:" + PATH + "/" + created.get();
        }
        return page(model, null, form, FormErrors.of(result, messages, locale));
    }

    @GetMapping(PATH + "/{id}")
    String edit(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
        ListAccess.requireAdministrator(user);
        FeedbackCategory category = catalog.category(id);
        return page(model, category, CategoryForm.of(category), FormErrors.NONE);
    }

    @PostMapping(PATH + "/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") CategoryForm form, BindingResult result,
            @AuthenticationPrincipal StaffUser user, Model model, Locale locale, RedirectAttributes redirect) {
        ListAccess.requireAdministrator(user);
        FeedbackCategory category = catalog.category(id);
        form.check(result, false);
        if (!result.hasErrors() && Attempt.save(result, null, () -> administration.update(id, form))) {
            redirect.addFlashAttribute("notice", new Localizer(messages, locale).t("feedbacklists.category.saved",
                    form.name()));
            return "redirect:" + PATH + "/" + id;
        }
        return page(model, category, form, FormErrors.of(result, messages, locale));
    }

    private String page(Model model, FeedbackCategory category, CategoryForm form, FormErrors errors) {
        model.addAttribute("categoryId", category == null ? null : category.id());
        model.addAttribute("categoryCode", category == null ? null : category.code());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("departments", catalog.departments(form.handlerUnitCode()));
        model.addAttribute("divisions", catalog.communeDivisions(form.communeDivision()));
        model.addAttribute("questions", category == null ? List.of() : catalog.questionsOf(category.id()));
        return "feedback/lists/category";
    }
}
