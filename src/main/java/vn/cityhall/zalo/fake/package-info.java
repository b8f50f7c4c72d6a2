/**
 * A fake Zalo for tests and the demo's chat simulator, enabled only by {@code cityhall.zalo.fake.enabled=true}:
 * the OA API, the ZNS API and the OAuth server under {@code /zalo-fake/{openapi|business|oauth}}, speaking
 * the exact formats of {@code shared/reference/zalo-oa.md} §9, with rotating single-use refresh tokens, the
 * 7-day interaction window, the 2,000-character limit, rate limiting, and controls to inject failures,
 * outages and delays. Point the client at it by setting the three base URLs of {@code cityhall.zalo.*}.
 */
package vn.cityhall.zalo.fake;
