package vn.cityhall.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** Helpers for requests made by htmx: the same URL serves a full page or, for htmx, a fragment. */
public final class Htmx {

    private Htmx() {
    }

    /** Whether htmx made the request (and did not ask for a full-page history restore). */
    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }
}
