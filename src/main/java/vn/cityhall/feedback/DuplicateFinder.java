package vn.cityhall.feedback;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.cityhall.shared.Texts;

/**
 * Likely duplicates of an item, for the operator to merge: earlier or later items of the last
 * {@link FeedbackSettings#duplicateWindow()} in the same commune and category, or within
 * {@value #NEARBY_METRES} m of its pin, scored by the share of words their texts have in common (accents ignored),
 * raised for a pin at nearly the same spot and for the same commune and category; an item of the same category
 * pinned at the same spot is always suggested. Merged and refused items are not suggested.
 */
@Component
public class DuplicateFinder {

    static final int NEARBY_METRES = 150;
    static final double THRESHOLD = 0.35;
    /** A pin within {@value #NEARBY_METRES} m: the same spot, very likely the same matter. */
    static final double NEARBY_BONUS = 0.3;
    /** The same commune and category. */
    static final double SAME_PLACE_AND_CATEGORY_BONUS = 0.1;
    private static final int CANDIDATES = 300;
    private static final int SHOWN = 5;

    private final JdbcTemplate jdbc;
    private final FeedbackSettings settings;

    DuplicateFinder(JdbcTemplate jdbc, FeedbackSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** A suggested duplicate with its similarity from 0 to 1 and the distance between pins when both have one. */
    public record Suggestion(long id, String code, String text, FeedbackStatus status, Instant receivedAt, double score,
            Integer metres) {
    }

    public List<Suggestion> suggestionsFor(Feedback item) {
        Instant since = item.receivedAt().minus(settings.duplicateWindow());
        Instant until = item.receivedAt().plus(settings.duplicateWindow());
        Set<String> words = words(item.text());
        List<Candidate> candidates = jdbc.query("""
                select id, code, text, status, received_at, latitude, longitude, commune_id, category_id from feedback_item
                where id <> ? and received_at between ? and ? and status not in ('REJECTED', 'DUPLICATE')
                  and ((commune_id = ? and category_id = ?)
                       or (latitude between ? and ? and longitude between ? and ?))
                order by received_at desc limit ?""",
                (rs, row) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3),
                        FeedbackStatus.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(),
                        (Double) rs.getObject(6), (Double) rs.getObject(7), rs.getObject(8, Long.class),
                        rs.getObject(9, Long.class)),
                item.id(), Timestamp.from(since), Timestamp.from(until), item.communeId(), item.categoryId(),
                box(item.latitude(), -1), box(item.latitude(), 1), boxLng(item, -1), boxLng(item, 1), CANDIDATES);
        return candidates.stream().map(candidate -> candidate.suggest(item, words))
                .filter(suggestion -> suggestion.score() >= THRESHOLD)
                .sorted(Comparator.comparingDouble(Suggestion::score).reversed()).limit(SHOWN).toList();
    }

    private record Candidate(long id, String code, String text, FeedbackStatus status, Instant receivedAt,
            Double latitude, Double longitude, Long communeId, Long categoryId) {

        Suggestion suggest(Feedback item, Set<String> words) {
            double similarity = jaccard(words, words(text));
            Integer metres = item.latitude() == null || latitude == null ? null
                    : (int) Math.round(metres(item.latitude(), item.longitude(), latitude, longitude));
            double score = similarity;
            if (metres != null && metres <= NEARBY_METRES) {
                score += NEARBY_BONUS;
            }
            if (Objects.equals(communeId, item.communeId()) && Objects.equals(categoryId, item.categoryId())) {
                score += SAME_PLACE_AND_CATEGORY_BONUS;
            }
            score = Math.min(1, score);
            return new Suggestion(id, code, text, status, receivedAt, score, metres);
        }
    }

    static Set<String> words(String text) {
        return Arrays.stream(Texts.searchKey(text == null ? "" : text).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= 2).collect(Collectors.toCollection(HashSet::new));
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }

    /** Great-circle distance in metres (haversine). */
    static double metres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 6_371_000 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    /** A latitude bound around the pin (about {@value #NEARBY_METRES} m), or an empty range without a pin. */
    private static double box(Double latitude, int sign) {
        return latitude == null ? (sign < 0 ? 1 : -1) * 1000 : latitude + sign * NEARBY_METRES / 111_000.0;
    }

    private static double boxLng(Feedback item, int sign) {
        if (item.latitude() == null || item.longitude() == null) {
            return (sign < 0 ? 1 : -1) * 1000;
        }
        return item.longitude() + sign * NEARBY_METRES / (111_000.0 * Math.cos(Math.toRadians(item.latitude())));
    }
}
