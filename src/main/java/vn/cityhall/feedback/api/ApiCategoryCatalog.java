package vn.cityhall.feedback.api;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.cityhall.feedback.QuestionChoices;
import vn.cityhall.feedback.lists.FeedbackListChanged;

/**
 * The active categories with their extra questions, as the API and Open311 offer them (Open311
 * services and service definitions). Read with plain SQL and kept for
 * {@link FeedbackApiSettings#catalogCacheTtl()}, so that the intake does not read them per request; an
 * administrator's change shows at once on the node where it was made ({@link FeedbackListChanged}) and
 * within that time on the others.
 */
@Component
class ApiCategoryCatalog {

    private final JdbcTemplate jdbc;
    private final FeedbackApiSettings settings;
    private final Clock clock;
    private volatile Snapshot snapshot;

    ApiCategoryCatalog(JdbcTemplate jdbc, FeedbackApiSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** How a question is answered. */
    enum Kind {
        TEXT, NUMBER, CHOICE
    }

    /** One allowed answer of a {@link Kind#CHOICE} question. */
    record Choice(String key, String name, String nameEn) {
    }

    /** An extra question of a category. */
    record Question(long id, String code, String label, String labelEn, Kind kind, List<Choice> choices,
            boolean required) {

        Optional<Choice> choice(String key) {
            return choices.stream().filter(choice -> choice.key().equals(key)).findFirst();
        }
    }

    /** An active category, with the unit code of its department when a department handles it. */
    record Category(long id, String code, String name, String nameEn, String description, boolean handledByCommune,
            String handlerUnitCode, boolean photosRequired, List<Question> questions) {

        Optional<Question> question(String code) {
            return questions.stream().filter(question -> question.code().equals(code)).findFirst();
        }
    }

    private record Snapshot(List<Category> categories, Map<String, Category> byCode, Instant loadedAt) {
    }

    /** The active categories in their display order. */
    List<Category> active() {
        return current().categories();
    }

    /** The active category with this code. */
    Optional<Category> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(current().byCode().get(code.strip()));
    }

    /** Forgets the cached catalog: the next read loads it again. */
    void refresh() {
        snapshot = null;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(FeedbackListChanged change) {
        if ("category".equals(change.list()) || "question".equals(change.list())) {
            refresh();
        }
    }

    private Snapshot current() {
        Instant now = clock.instant();
        Snapshot current = snapshot;
        if (current == null || !current.loadedAt().plus(settings.catalogCacheTtl()).isAfter(now)) {
            current = load(now);
            snapshot = current;
        }
        return current;
    }

    private Snapshot load(Instant now) {
        Map<Long, List<Question>> questions = new LinkedHashMap<>();
        jdbc.query("select id, category_id, code, label, label_en, kind, choices, required from feedback_category_question"
                + " order by category_id, sort_order, code", rs -> {
                    questions.computeIfAbsent(rs.getLong("category_id"), id -> new ArrayList<>()).add(new Question(
                            rs.getLong("id"), rs.getString("code"), rs.getString("label"), rs.getString("label_en"),
                            Kind.valueOf(rs.getString("kind")), choices(rs.getString("choices")), rs.getBoolean("required")));
                });
        List<Category> categories = jdbc.query("select id, code, name, name_en, description, handler_kind,"
                + " handler_unit_code, photos_required from feedback_category where active = true order by sort_order, id",
                (rs, row) -> new Category(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("name_en"), rs.getString("description"), "COMMUNE".equals(rs.getString("handler_kind")),
                        rs.getString("handler_unit_code"), rs.getBoolean("photos_required"),
                        List.copyOf(questions.getOrDefault(rs.getLong("id"), List.of()))));
        Map<String, Category> byCode = new LinkedHashMap<>();
        categories.forEach(category -> byCode.put(category.code(), category));
        return new Snapshot(List.copyOf(categories), byCode, now);
    }

    /** The stored choices ({@code KEY=Nhãn|Label;…}); none when there are none or they cannot be read. */
    static List<Choice> choices(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        try {
            return QuestionChoices.parse(stored).stream()
                    .map(choice -> new Choice(choice.key(), choice.label(), choice.labelEn())).toList();
        } catch (QuestionChoices.Invalid invalid) {
            return List.of();
        }
    }
}
