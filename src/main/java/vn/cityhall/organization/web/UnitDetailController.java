package vn.cityhall.organization.web;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.cityhall.organization.People;
import vn.cityhall.organization.UnitId;
import vn.cityhall.organization.UnitNode;

/** One unit: its attributes, validity, path, children and people, with the administrator's actions. */
@Controller
class UnitDetailController {

    private final UnitCatalog catalog;
    private final People people;
    private final Clock clock;

    UnitDetailController(UnitCatalog catalog, People people, Clock clock) {
        this.catalog = catalog;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/admin/units/{id}")
    String show(@PathVariable long id, Model model) {
        UnitCatalog.View view = catalog.view();
        UnitId unitId = UnitId.of(id);
        UnitNode unit = view.tree().find(unitId).orElseThrow(() -> new UnitNotFound(unitId));
        Instant now = clock.instant();
        model.addAttribute("unit", view.row(unit));
        model.addAttribute("ancestors", view.tree().ancestors(unitId).stream().map(view::row).toList());
        model.addAttribute("children", view.children(unitId));
        model.addAttribute("people", people.findByUnitIdOrderByFullNameAsc(id).stream()
                .map(person -> PersonRow.of(person, unit, now)).toList());
        return "organization/units/show";
    }
}
