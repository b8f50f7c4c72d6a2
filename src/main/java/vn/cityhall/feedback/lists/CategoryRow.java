package vn.cityhall.feedback.lists;

/**
 * A category as the list shows it.
 *
 * @param department the name of the department that usually handles it, or {@code null} when the
 *        commune of the location does
 * @param communeDivision within the commune, the last part of the handling division's code, or {@code null}
 */
public record CategoryRow(long id, String code, String name, String nameEn, String department, String communeDivision,
        boolean photosRequired, boolean active, int sortOrder, int questions) {

    public String href() {
        return CategoryController.PATH + "/" + id;
    }
}
