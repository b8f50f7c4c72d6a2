package vn.cityhall.knowledge.web;

import vn.cityhall.knowledge.internal.KnowledgeCategory;
import vn.cityhall.shared.Texts;

/** The portal's Q&amp;A search as given in the URL: a question {@code q} and a {@code category}, both optional. */
public record QuestionsRequest(String q, String category) {

    static final int MAX_TEXT = 500;

    String text() {
        String text = Texts.cleanOrNull(q);
        return text != null && text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    KnowledgeCategory chosenCategory() {
        return KnowledgeCategory.parse(category);
    }
}
