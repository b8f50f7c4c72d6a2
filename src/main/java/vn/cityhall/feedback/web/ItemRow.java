package vn.cityhall.feedback.web;

/** A line of the staff lists, formatted. */
public record ItemRow(String code, String excerpt, String statusKey, String levelKey, String category, String commune,
        String unit, String received, String due, boolean late, boolean offensive, boolean selectable) {
}
