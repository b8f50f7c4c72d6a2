package vn.cityhall.home;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.cityhall.shared.StaffIdentity;
import vn.cityhall.shared.web.NavItem;

/** "Việc của tôi": the signed-in user's home page, assembled from every module's contribution. */
@Controller
class HomeController {

    private final List<WorkInboxContribution> contributions;
    private final List<NavItem> navigation;

    HomeController(ObjectProvider<WorkInboxContribution> contributions, ObjectProvider<NavItem> navigation) {
        this.contributions = contributions.stream().sorted(Comparator.comparingInt(WorkInboxContribution::order))
                .toList();
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal StaffIdentity viewer, Model model) {
        List<WorkInboxSection> sections = contributions.stream()
                .map(contribution -> contribution.sectionFor(viewer))
                .flatMap(Optional::stream)
                .toList();
        List<NavItem> shortcuts = navigation.stream()
                .filter(item -> !"/".equals(item.href()) && item.visibleTo(viewer.roleNames()))
                .toList();
        List<String> roleGuides = viewer.roleNames().stream().sorted().map(role -> "home.guide." + role).toList();
        model.addAttribute("sections", sections);
        model.addAttribute("shortcuts", shortcuts);
        model.addAttribute("roleGuides", roleGuides);
        return "home/index";
    }
}
