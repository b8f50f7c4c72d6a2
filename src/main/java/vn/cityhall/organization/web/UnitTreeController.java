package vn.cityhall.organization.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitType;
import vn.cityhall.shared.web.Htmx;

/**
 * The unit tree: collapsible from the City down (departments and communes shown at once, divisions
 * loaded on demand), or, with a search or a filter, a flat list of matches with their path.
 */
@Controller
class UnitTreeController {

    private final UnitCatalog catalog;

    UnitTreeController(UnitCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/admin/units")
    String tree(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String status, HttpServletRequest request, Model model) {
        UnitFilter filter = new UnitFilter(q, type, status);
        UnitCatalog.View view = catalog.view();
        model.addAttribute("filter", filter);
        model.addAttribute("types", List.of(UnitType.values()));
        model.addAttribute("total", view.tree().size());
        if (filter.isEmpty()) {
            model.addAttribute("roots", view.roots().stream()
                    .map(root -> new UnitTreeNode(root, lazyChildren(view, root.unit().id()), true)).toList());
            model.addAttribute("matches", List.of());
            model.addAttribute("truncated", false);
        } else {
            List<UnitRow> matches = view.search(filter.q(), filter.unitType(), filter.active());
            model.addAttribute("roots", List.of());
            model.addAttribute("truncated", matches.size() > UnitCatalog.MAX_MATCHES);
            model.addAttribute("matches", matches.stream().limit(UnitCatalog.MAX_MATCHES).toList());
        }
        return Htmx.isHtmx(request) ? "organization/units/results" : "organization/units/index";
    }

    /** The children of a unit, for a tree branch opened with htmx; without htmx, the unit's page. */
    @GetMapping("/admin/units/{id}/children")
    String children(@PathVariable long id, HttpServletRequest request, Model model) {
        if (!Htmx.isHtmx(request)) {
            return "redirect:/admin/units/" + id;
        }
        UnitCatalog.View view = catalog.view();
        UnitId unit = UnitId.of(id);
        if (view.tree().find(unit).isEmpty()) {
            throw new UnitNotFound(unit);
        }
        model.addAttribute("nodes", lazyChildren(view, unit));
        return "organization/units/children";
    }

    private static List<UnitTreeNode> lazyChildren(UnitCatalog.View view, UnitId parent) {
        return view.children(parent).stream().map(child -> new UnitTreeNode(child, List.of(), false)).toList();
    }
}
