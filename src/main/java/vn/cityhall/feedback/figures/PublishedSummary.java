package vn.cityhall.feedback.figures;

import java.time.Instant;

/**
 * One published item in the list: the beginning of the masked question and answer.
 *
 * @param commune the commune's name, {@code null} when unknown
 */
public record PublishedSummary(String code, String question, String answer, Long categoryId, String commune,
        Instant receivedAt, Instant answeredAt) {
}
