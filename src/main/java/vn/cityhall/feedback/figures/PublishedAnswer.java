package vn.cityhall.feedback.figures;

import java.time.Instant;
import java.util.List;

/**
 * A published item as anyone may see it: the masked question and answer the reviewer approved, the
 * category, the commune, the dates, the location rounded to about 100 m and the photos made public.
 * It holds nothing of the sender.
 *
 * @param latitude rounded to 3 decimals, {@code null} when the item has no map pin
 * @param photos the public photos' positions and file ids, in order
 */
public record PublishedAnswer(String code, String question, String answer, Long categoryId, String commune,
        Instant receivedAt, Instant answeredAt, Instant publishedAt, Double latitude, Double longitude,
        List<Photo> photos) {

    /** A public photo or document of the item. */
    public record Photo(int position, long fileId) {
    }
}
