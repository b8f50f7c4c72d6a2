package vn.cityhall.zalo.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The webhook intake's own settings ({@code cityhall.zalo.webhook.*}); the credentials, the switch and
 * the timeouts of calls out are the channel's ({@link vn.cityhall.zalo.ZaloSettings}).
 *
 * @param maxBodySize the largest webhook body accepted (Zalo's events are a few hundred bytes)
 * @param processingAttempts how many times an event whose processing fails is tried before it stays FAILED
 * @param retryDelay the delay before the second attempt; each further one doubles
 * @param settle how long an event waits after its arrival before it is processed, so that a user's events
 *        delivered out of order within that time are still processed in Zalo timestamp order
 * @param sweepInterval how often each node looks for events left pending (after a restart, a failed attempt)
 * @param batchSize how many events one pass of the worker takes at most before it looks again
 * @param mediaMaxSize the largest attachment fetched from Zalo's servers into the file store
 * @param mediaDownloadTimeout the longest one attachment's download may take, from the first byte sent to the
 *        last received (connecting and the wait for the answer's headers have the channel's own timeouts)
 */
@ConfigurationProperties("cityhall.zalo.webhook")
record ZaloWebhookSettings(
        @DefaultValue("256KB") DataSize maxBodySize,
        @DefaultValue("5") int processingAttempts,
        @DefaultValue("10s") Duration retryDelay,
        @DefaultValue("1s") Duration settle,
        @DefaultValue("15s") Duration sweepInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("20MB") DataSize mediaMaxSize,
        @DefaultValue("60s") Duration mediaDownloadTimeout) {

    ZaloWebhookSettings {
        if (processingAttempts < 1) {
            throw new IllegalArgumentException("cityhall.zalo.webhook.processing-attempts must be at least 1");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("cityhall.zalo.webhook.batch-size must be at least 1");
        }
    }

    /** The delay after the given number of failed attempts: retryDelay, then twice that, and so on (at most a day). */
    Duration delayAfter(int failedAttempts) {
        Duration delay = retryDelay.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 16));
        return delay.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : delay;
    }
}
