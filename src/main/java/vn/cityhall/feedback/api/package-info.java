/**
 * Feedback from other systems: the REST intake API ({@code /api/v1/feedback}, JSON, an API key in
 * {@code X-Api-Key}), the Open311 GeoReport v2 endpoint ({@code /open311/v2/}, XML and JSON) and the
 * API clients administrators issue keys to ({@code /admin/api-clients}). Both channels go through
 * {@link vn.cityhall.feedback.FeedbackIntake}, so they obey every intake rule; items are read back
 * through a read model of plain SQL queries that never selects the sender's contact details.
 * <p>
 * Keys: 32 random bytes, base64url, shown once; only the SHA-256 hash and the first 8 characters are
 * kept. A key is looked up by its prefix and compared in constant time; lookups are cached on each
 * node for {@code cityhall.feedback.api.key-cache-ttl} (30 s), so a revoked key stops working on
 * this node at once and on the other nodes of a cluster within that time.
 */
package vn.cityhall.feedback.api;
