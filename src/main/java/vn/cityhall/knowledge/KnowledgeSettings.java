package vn.cityhall.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The knowledge base's settings ({@code cityhall.knowledge.*}).
 *
 * @param minimumScore the score, from 0 to 1, below which an entry is not offered as an answer: the share of
 *        the question's words (weighted by how rare they are) that the entry contains, keywords counting
 *        most; below it the caller tells the citizen to contact an official
 * @param excerptLength the longest answer excerpt {@link KnowledgeBase#answer} returns, in characters
 */
@ConfigurationProperties("cityhall.knowledge")
public record KnowledgeSettings(@DefaultValue("0.4") double minimumScore, @DefaultValue("280") int excerptLength) {

    public KnowledgeSettings {
        if (minimumScore < 0 || minimumScore > 1) {
            throw new IllegalArgumentException("cityhall.knowledge.minimum-score must lie between 0 and 1");
        }
        if (excerptLength < 40) {
            throw new IllegalArgumentException("cityhall.knowledge.excerpt-length must be at least 40");
        }
    }
}
