package vn.cityhall.feedback.figures;

/**
 * The figures of one commune or category.
 *
 * @param id the unit or category id, {@code null} for items without one
 * @param name the Vietnamese name, {@code null} when {@code id} is
 * @param nameEn the English name (a commune's is its Vietnamese name)
 */
public record Breakdown(Long id, String name, String nameEn, Tally tally) {

    /** The name in the page's language ({@code en} or else Vietnamese). */
    public String name(String language) {
        return "en".equals(language) ? nameEn : name;
    }
}
