// CityHall's Zalo chat simulator: keeps the chat scrolled to the newest message when it reloads, unless the
// tester scrolled up to read older ones. Loaded as a file: the content security policy forbids inline scripts.
(function () {
    'use strict';

    function screen() {
        return document.getElementById('zalo-chat');
    }

    var stuck = true;
    document.addEventListener('htmx:beforeSwap', function (event) {
        var chat = screen();
        if (chat && event.detail.target === chat) {
            stuck = chat.scrollHeight - chat.scrollTop - chat.clientHeight < 40;
        }
    });
    document.addEventListener('htmx:afterSwap', function (event) {
        var chat = screen();
        if (chat && event.detail.target === chat && stuck) {
            chat.scrollTop = chat.scrollHeight;
        }
    });
    document.addEventListener('DOMContentLoaded', function () {
        var chat = screen();
        if (chat) {
            chat.scrollTop = chat.scrollHeight;
        }
    });
})();
