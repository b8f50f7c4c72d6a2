package vn.cityhall.organization.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.cityhall.organization.Role;
import vn.cityhall.shared.web.Htmx;

/** The people list: search by name (accents ignored), login, e-mail or phone; filters; pages of 25. */
@Controller
class PersonListController {

    private final PeopleCatalog catalog;
    private final UnitCatalog units;

    PersonListController(PeopleCatalog catalog, UnitCatalog units) {
        this.catalog = catalog;
        this.units = units;
    }

    @GetMapping("/admin/people")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "false") boolean subtree, @RequestParam(required = false) String role,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        PersonFilter filter = new PersonFilter(q, unit, subtree, role, status);
        PeopleCatalog.Result result = catalog.search(filter, page);
        model.addAttribute("filter", filter);
        model.addAttribute("people", result.page());
        model.addAttribute("unknownUnit", result.unknownUnit());
        if (Htmx.isHtmx(request)) {
            return "organization/people/results";
        }
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("units", units.view().activeUnits());
        return "organization/people/index";
    }
}
