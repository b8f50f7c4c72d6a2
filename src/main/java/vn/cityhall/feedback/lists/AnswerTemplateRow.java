package vn.cityhall.feedback.lists;

/**
 * An answer template as the list shows it.
 *
 * @param category the category's name, or {@code null} for a template of every category
 */
public record AnswerTemplateRow(long id, String title, String category, String excerpt, boolean active) {

    public String href() {
        return AnswerTemplateController.PATH + "/" + id;
    }
}
