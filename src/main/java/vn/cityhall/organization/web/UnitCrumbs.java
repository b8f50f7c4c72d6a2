package vn.cityhall.organization.web;

import java.util.ArrayList;
import java.util.List;

import vn.cityhall.shared.web.Breadcrumb;

/** Breadcrumbs of the unit pages: the tree, the unit's ancestors, the unit, then the current step. */
public final class UnitCrumbs {

    private UnitCrumbs() {
    }

    /**
     * @param treeLabel the localized title of the tree page
     * @param ancestors the unit's ancestors from the root
     * @param unit the unit
     * @param step the localized name of a sub-page (edit, move …), or {@code null} on the unit's own page
     */
    public static List<Breadcrumb> of(String treeLabel, List<UnitRow> ancestors, UnitRow unit, String step) {
        List<Breadcrumb> crumbs = new ArrayList<>();
        crumbs.add(new Breadcrumb(treeLabel, "/admin/units"));
        ancestors.forEach(ancestor -> crumbs.add(new Breadcrumb(ancestor.unit().name(), ancestor.href())));
        if (step == null) {
            crumbs.add(Breadcrumb.current(unit.unit().name()));
        } else {
            crumbs.add(new Breadcrumb(unit.unit().name(), unit.href()));
            crumbs.add(Breadcrumb.current(step));
        }
        return crumbs;
    }
}
