package vn.cityhall.knowledge.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.cityhall.knowledge.KnowledgeBase;
import vn.cityhall.knowledge.KnowledgeSettings;
import vn.cityhall.knowledge.internal.KnowledgeCategory;
import vn.cityhall.knowledge.internal.KnowledgeIndex;

/**
 * {@code /portal/questions}, for anyone without signing in: the published questions and answers, searched
 * the same way as on Zalo ({@link KnowledgeBase}); without a question, the basic entries of a category or of
 * all categories. When nothing matches, the page says how to reach an official.
 */
@Controller
class PortalQuestionsController {

    static final String PATH = "/portal/questions";
    static final int SHOWN = 10;

    private final KnowledgeIndex index;
    private final KnowledgeSettings settings;

    PortalQuestionsController(KnowledgeIndex index, KnowledgeSettings settings) {
        this.index = index;
        this.settings = settings;
    }

    @GetMapping(PATH)
    String questions(QuestionsRequest request, Model model) {
        String text = request.text();
        KnowledgeCategory category = request.chosenCategory();
        List<QuestionView> results;
        if (text == null) {
            results = index.published(entry -> category == null || entry.category() == category, SHOWN * 3).stream()
                    .map(QuestionView::of).toList();
        } else {
            results = index.search(text, entry -> entry.published() && (category == null || entry.category() == category),
                    settings.minimumScore(), SHOWN).stream().map(match -> QuestionView.of(match.entry())).toList();
        }
        model.addAttribute("request", request);
        model.addAttribute("searched", text != null);
        model.addAttribute("results", results);
        model.addAttribute("categories", List.of(KnowledgeCategory.values()));
        return "portal/questions";
    }
}
