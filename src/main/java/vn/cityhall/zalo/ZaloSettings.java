package vn.cityhall.zalo;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Zalo Official Account channel ({@code cityhall.zalo.*}). The credentials come from the Zalo
 * developer console (app id and secret) and the OA's settings (OA id and OA secret key, which signs
 * the webhook); the first refresh token from the OA's authorization (zalo-oa.md §6.1). The base URLs
 * are Zalo's and are only changed to point at a fake Zalo (tests, the simulator).
 *
 * @param enabled whether the webhook accepts events and the outbox sends; off, the webhook answers 404
 * @param appId the Zalo app's id, also the {@code app_id} of every webhook event
 * @param appSecret the app secret, sent as {@code secret_key} when refreshing tokens
 * @param oaId the Official Account's id
 * @param oaSecretKey the OA secret key that signs webhook events (not the app secret)
 * @param initialRefreshToken the refresh token to start from when none is stored yet
 * @param tokenKey the AES key (Base64, 16, 24 or 32 bytes) that encrypts the stored tokens
 * @param openApiUrl the OA API ({@code https://openapi.zalo.me})
 * @param oauthUrl the OAuth server ({@code https://oauth.zaloapp.com})
 * @param businessUrl the ZNS/ZBS template API ({@code https://business.openapi.zalo.me})
 * @param znsStatusTemplateId the approved ZNS template for status updates outside the 7-day window, or empty
 * @param refreshBefore how long before the access token expires it is refreshed
 * @param connectTimeout connect timeout of calls to Zalo
 * @param requestTimeout request timeout of calls to Zalo
 * @param maxAttempts attempts of an outbound message before it is dead-lettered (10 with a 10 s first delay,
 *        doubling up to an hour: retried for at least about 40 minutes, so an outage of minutes loses nothing)
 * @param retryDelay the first retry's delay; each further one doubles, with jitter
 * @param draftExpiry how long an unfinished feedback draft in a conversation is kept
 */
@ConfigurationProperties("cityhall.zalo")
public record ZaloSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("") String appId,
        @DefaultValue("") String appSecret,
        @DefaultValue("") String oaId,
        @DefaultValue("") String oaSecretKey,
        @DefaultValue("") String initialRefreshToken,
        @DefaultValue("") String tokenKey,
        @DefaultValue("https://openapi.zalo.me") URI openApiUrl,
        @DefaultValue("https://oauth.zaloapp.com") URI oauthUrl,
        @DefaultValue("https://business.openapi.zalo.me") URI businessUrl,
        @DefaultValue("") String znsStatusTemplateId,
        @DefaultValue("5h") Duration refreshBefore,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("15s") Duration requestTimeout,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("10s") Duration retryDelay,
        @DefaultValue("24h") Duration draftExpiry) {
}
