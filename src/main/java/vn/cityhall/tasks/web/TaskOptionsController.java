package vn.cityhall.tasks.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.cityhall.organization.Role;
import vn.cityhall.organization.StaffUser;

/**
 * The choices the assign and delegate forms filter with htmx: the people of a unit
 * ({@code /tasks/people?unitId=}) and the units of the leader's subtree matching a search
 * ({@code /tasks/unit-options?unitQuery=}). Only units the person may see are answered.
 */
@Controller
class TaskOptionsController {

    private final UnitChoices choices;

    TaskOptionsController(UnitChoices choices) {
        this.choices = choices;
    }

    @GetMapping("/tasks/people")
    String people(@RequestParam(required = false) String unitId, @AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("people", choices.people(user, parse(unitId), null));
        return "tasks/personOptions";
    }

    @GetMapping("/tasks/unit-options")
    String units(@RequestParam(required = false) String unitQuery, @RequestParam(required = false) String unitId,
            @AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("units", user.is(Role.LEADER)
                ? choices.units(user.unit().value(), parse(unitId), unitQuery) : List.of());
        return "tasks/unitOptions";
    }

    static Long parse(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
