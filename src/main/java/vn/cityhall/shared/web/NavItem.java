package vn.cityhall.shared.web;

import java.util.Set;

/**
 * A module's entry in the staff navigation. Modules declare these as beans; the page shell
 * shows each to the users holding any of its roles (an empty set means every staff member).
 *
 * @param labelKey message key of the label
 * @param href the target path
 * @param icon a Bootstrap Icons name without the {@code bi-} prefix
 * @param roles role names allowed to see the entry
 * @param order position in the menu, ascending
 */
public record NavItem(String labelKey, String href, String icon, Set<String> roles, int order) {

    public boolean visibleTo(Set<String> userRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
    }

    /** Whether the current path lies under this entry, for highlighting. */
    public boolean isActive(String path) {
        return path != null && (path.equals(href) || (!"/".equals(href) && path.startsWith(href + "/")));
    }
}
