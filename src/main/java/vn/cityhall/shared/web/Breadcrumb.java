package vn.cityhall.shared.web;

/**
 * One step of the breadcrumb trail; the last one has no link.
 *
 * @param label the already localized text
 * @param href the link, or {@code null} for the current page
 */
public record Breadcrumb(String label, String href) {

    public static Breadcrumb current(String label) {
        return new Breadcrumb(label, null);
    }
}
