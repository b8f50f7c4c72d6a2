// CityHall notifications: ends the page's live-update stream for good once the session is over (signed out,
// expired, ended elsewhere), instead of letting the htmx SSE extension retry it forever. Loaded as a file:
// the content security policy forbids inline scripts.
(function () {
    'use strict';

    document.addEventListener('htmx:sseError', function (event) {
        var source = event.detail && event.detail.source;
        // A stream that merely lost its connection is reconnecting (CONNECTING); a refused one is CLOSED.
        if (!source || source.readyState !== window.EventSource.CLOSED) {
            return;
        }
        // X-Requested-With: a refused background request must not become the page to return to after signing in.
        window.fetch('/notifications/bell', {
            credentials: 'same-origin',
            redirect: 'manual',
            headers: { 'X-Requested-With': 'XMLHttpRequest' }
        })
            .then(function (response) {
                if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) {
                    // Signed out: the extension finds no address to reconnect to.
                    document.body.removeAttribute('sse-connect');
                    source.close();
                }
            })
            .catch(function () {
                // Offline: the extension keeps retrying, which is right.
            });
    });
})();
