package vn.cityhall.organization.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.cityhall.organization.OrganizationDirectory;
import vn.cityhall.organization.PersonId;
import vn.cityhall.organization.StaffUser;
import vn.cityhall.organization.UnitNode;

/** A staff member's page, and the page that shows a new initial password exactly once. */
@Controller
class PersonDetailController {

    private final PeopleCatalog catalog;
    private final OrganizationDirectory directory;
    private final OneTimeSecrets secrets;

    PersonDetailController(PeopleCatalog catalog, OrganizationDirectory directory, OneTimeSecrets secrets) {
        this.catalog = catalog;
        this.directory = directory;
        this.secrets = secrets;
    }

    @GetMapping("/admin/people/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
        PersonDetail detail = find(id);
        model.addAttribute("detail", detail);
        model.addAttribute("unitPath", unitPath(detail.person().unit()));
        model.addAttribute("self", user != null && user.person().value() == id);
        return "organization/people/show";
    }

    @GetMapping("/admin/people/{id}/password")
    String password(@PathVariable long id, @RequestParam(required = false) String ticket,
            @RequestParam(defaultValue = "false") boolean created, HttpSession session,
            HttpServletResponse response, Model model) {
        PersonDetail detail = find(id);
        String password = secrets.open(session, ticket)
                .map(secret -> PasswordPage.passwordFor(PersonId.of(id), new String(secret, StandardCharsets.UTF_8)))
                .orElse(null);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("detail", detail);
        model.addAttribute("password", password);
        model.addAttribute("created", created);
        return "organization/people/password";
    }

    private PersonDetail find(long id) {
        PersonId personId = PersonId.of(id);
        return catalog.detail(personId).orElseThrow(() -> new PersonNotFound(personId));
    }

    private List<String> unitPath(UnitNode unit) {
        if (unit == null) {
            return List.of();
        }
        return directory.units().ancestors(unit.id()).stream().map(UnitNode::name).toList();
    }
}
