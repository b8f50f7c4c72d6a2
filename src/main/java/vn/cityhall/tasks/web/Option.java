package vn.cityhall.tasks.web;

/** One choice of a select: the value sent, the label shown (a unit indented by its depth), whether chosen. */
public record Option(String value, String label, int depth, boolean selected) {

    /** The label with one non-breaking indent per level below the first, for a flat select. */
    public String indented() {
        return "\u00a0\u00a0".repeat(Math.max(0, depth)) + label;
    }
}
