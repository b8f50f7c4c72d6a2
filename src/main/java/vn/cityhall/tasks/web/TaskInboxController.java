package vn.cityhall.tasks.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.cityhall.organization.StaffUser;
import vn.cityhall.shared.web.Htmx;
import vn.cityhall.tasks.inbox.InboxFilter;

/**
 * "Việc của tôi" in full ({@code /tasks}: tabs, counters, every filter, pages of 20), the list alone
 * for htmx filter changes, the counters partial that refreshes live ({@code /tasks/counters}) and the
 * compact inbox the home page embeds ({@code /tasks/inbox}). Every filter is a URL parameter.
 */
@Controller
class TaskInboxController {

    /** How many tasks the home page shows. */
    static final int HOME_SIZE = 8;

    private final InboxPages pages;

    TaskInboxController(InboxPages pages) {
        this.pages = pages;
    }

    @GetMapping("/tasks")
    String inbox(@RequestParam(required = false) String view, @RequestParam(required = false) String status,
            @RequestParam(required = false) String source, @RequestParam(required = false) String role,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String subtree,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String focus, @RequestParam(required = false) String page,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String person, @AuthenticationPrincipal StaffUser user,
            HttpServletRequest request, Model model) {
        InboxFilter filter = InboxFilter.parse(view, status, source, role, unit, subtree, q, sort, focus, page, from,
                to, person);
        model.addAttribute("inbox", pages.page(user, filter, InboxFilter.PAGE_SIZE));
        return Htmx.isHtmx(request) ? "tasks/results" : "tasks/index";
    }

    @GetMapping("/tasks/counters")
    String counters(@RequestParam(required = false) String view, @RequestParam(required = false) String subtree,
            @AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("inbox", pages.counters(user, InboxFilter.parse(view, null, null, null, null, subtree,
                null, null, null, null)));
        return "tasks/counters";
    }

    @GetMapping("/tasks/inbox")
    String home(@RequestParam(required = false) String view, @RequestParam(required = false) String subtree,
            @AuthenticationPrincipal StaffUser user, Model model) {
        InboxFilter filter = InboxFilter.parse(view, null, null, null, null, subtree, null, null, null, null);
        model.addAttribute("inbox", pages.page(user, filter, HOME_SIZE));
        return "tasks/home";
    }
}
