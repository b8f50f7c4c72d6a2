package vn.cityhall.feedback.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The API channels' settings ({@code cityhall.feedback.api.*}).
 *
 * @param keyCacheTtl how long a node trusts its cached key lookup: a revoked key keeps working on
 *        other nodes of a cluster for at most this long (on the node where it was revoked, not at all)
 * @param lastUsedInterval how often, at most, a client's "last used" time is written
 * @param catalogCacheTtl how long the categories and their questions are kept before they are read again
 */
@ConfigurationProperties("cityhall.feedback.api")
record FeedbackApiSettings(
        @DefaultValue("30s") Duration keyCacheTtl,
        @DefaultValue("1m") Duration lastUsedInterval,
        @DefaultValue("30s") Duration catalogCacheTtl) {
}
