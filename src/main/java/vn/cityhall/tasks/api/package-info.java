/**
 * The tasks REST API, {@code /api/v1/tasks}, for signed-in staff (the session cookie of the staff
 * app). It lists "my work" with the same views, filters and paging as the pages
 * ({@code GET /api/v1/tasks?view=mine|unit|assigned&status=open|done|cancelled|all&q=…&page=…}),
 * shows one task ({@code GET /api/v1/tasks/{id}}, 404 when the caller may not see it) and takes the
 * actions as JSON POSTs: {@code /api/v1/tasks} (assign, leaders), {@code /{id}/progress},
 * {@code /{id}/notes}, {@code /{id}/complete}, {@code /{id}/extension-requests},
 * {@code /{id}/extension-decision}, {@code /{id}/delegation}, {@code /{id}/cancellation}.
 * <p>
 * CSRF: because the API uses the browser session, every POST must carry the session's CSRF token in
 * the {@code X-CSRF-TOKEN} header, exactly as htmx does on the pages (a POST without it is refused
 * with 403). Every {@code GET} of this API returns the current token in its {@code X-CSRF-TOKEN}
 * response header, so a client reads it once and sends it back. The API is not exempt from CSRF
 * protection: with cookie sessions that would let any web page act in a signed-in official's name.
 * <p>
 * Errors are RFC 9457 problem documents ({@code application/problem+json}) whose {@code detail} is in
 * the caller's language ({@code Accept-Language: en} for English, Vietnamese by default); rule
 * violations carry the message key as {@code code} and, for bad input, the {@code field}.
 */
package vn.cityhall.tasks.api;
