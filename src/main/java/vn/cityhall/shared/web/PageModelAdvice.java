package vn.cityhall.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.cityhall.shared.StaffIdentity;

/** Adds the {@link Page} context to the model of every controller, so templates can render the shell. */
@ControllerAdvice
class PageModelAdvice {

    private final MessageSource messages;
    private final List<NavItem> navigation;

    PageModelAdvice(MessageSource messages, ObjectProvider<NavItem> navigation) {
        this.messages = messages;
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
    }

    @ModelAttribute("page")
    Page page(HttpServletRequest request, Locale locale) {
        return PageModelAdvice.build(messages, navigation, request, locale);
    }

    static Page build(MessageSource messages, List<NavItem> navigation, HttpServletRequest request, Locale locale) {
        StaffIdentity viewer = currentStaff();
        Set<String> roles = viewer == null ? Set.of() : viewer.roleNames();
        List<NavItem> visible = viewer == null ? List.of()
                : navigation.stream().filter(item -> item.visibleTo(roles)).toList();
        Page.Csrf csrf = null;
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            csrf = new Page.Csrf(token.getParameterName(), token.getHeaderName(), token.getToken());
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new Page(new Localizer(messages, locale), viewer, visible, csrf, path, request.getQueryString());
    }

    private static StaffIdentity currentStaff() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffIdentity staff) {
            return staff;
        }
        return null;
    }
}
