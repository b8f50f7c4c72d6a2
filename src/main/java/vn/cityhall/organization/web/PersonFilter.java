package vn.cityhall.organization.web;

import java.util.Arrays;

import org.springframework.web.util.UriComponentsBuilder;

import vn.cityhall.organization.Role;

/**
 * The search and filters of the people list. Unknown values are ignored rather than refused.
 *
 * @param unit a unit code, or empty for every unit
 * @param subtree whether the unit filter includes the units below it
 * @param status {@code active}, {@code inactive} or empty for all
 */
public record PersonFilter(String q, String unit, boolean subtree, String role, String status) {

    public PersonFilter {
        q = q == null ? "" : q.strip();
        unit = unit == null ? "" : unit.strip();
        String requested = role;
        role = Arrays.stream(Role.values()).map(Enum::name).filter(name -> name.equals(requested)).findFirst()
                .orElse("");
        status = "active".equals(status) || "inactive".equals(status) ? status : "";
    }

    public boolean isEmpty() {
        return q.isEmpty() && unit.isEmpty() && role.isEmpty() && status.isEmpty();
    }

    Role roleValue() {
        return role.isEmpty() ? null : Role.valueOf(role);
    }

    Boolean active() {
        return status.isEmpty() ? null : "active".equals(status);
    }

    /** The list URL with these filters and the given page number. */
    public String href(int pageNumber) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/admin/people");
        add(url, "q", q);
        add(url, "unit", unit);
        if (subtree) {
            url.queryParam("subtree", "true");
        }
        add(url, "role", role);
        add(url, "status", status);
        if (pageNumber > 0) {
            url.queryParam("page", pageNumber);
        }
        return url.encode().build().toUriString();
    }

    /** The prefix the pagination component appends a page number to. */
    public String pageHrefPrefix() {
        String base = href(0);
        return base + (base.contains("?") ? "&" : "?") + "page=";
    }

    private static void add(UriComponentsBuilder url, String name, String value) {
        if (!value.isEmpty()) {
            url.queryParam(name, value);
        }
    }
}
