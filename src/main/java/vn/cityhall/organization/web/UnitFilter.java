package vn.cityhall.organization.web;

import java.util.Arrays;

import org.springframework.web.util.UriComponentsBuilder;

import vn.cityhall.organization.UnitType;

/**
 * The search and filters of the unit tree page. Unknown values are ignored rather than refused:
 * they come from a bookmark or a hand-edited URL.
 *
 * @param status {@code active}, {@code inactive} or empty for all
 */
public record UnitFilter(String q, String type, String status) {

    public UnitFilter {
        q = q == null ? "" : q.strip();
        String requested = type;
        type = Arrays.stream(UnitType.values()).map(Enum::name).filter(name -> name.equalsIgnoreCase(requested))
                .findFirst().orElse("");
        status = "active".equals(status) || "inactive".equals(status) ? status : "";
    }

    public boolean isEmpty() {
        return q.isEmpty() && type.isEmpty() && status.isEmpty();
    }

    UnitType unitType() {
        return type.isEmpty() ? null : UnitType.valueOf(type);
    }

    Boolean active() {
        return status.isEmpty() ? null : "active".equals(status);
    }

    /** The page URL with these filters, for the browser history and links. */
    public String href() {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/admin/units");
        if (!q.isEmpty()) {
            url.queryParam("q", q);
        }
        if (!type.isEmpty()) {
            url.queryParam("type", type);
        }
        if (!status.isEmpty()) {
            url.queryParam("status", status);
        }
        return url.encode().build().toUriString();
    }
}
