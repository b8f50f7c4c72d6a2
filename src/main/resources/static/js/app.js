// CityHall staff shell behaviour. Loaded as a file: the content security policy forbids inline scripts.
(function () {
    'use strict';

    function showToast(message) {
        var template = document.getElementById('toast-template');
        var container = document.getElementById('toasts');
        if (!template || !container || !window.bootstrap) {
            return;
        }
        var toast = template.content.firstElementChild.cloneNode(true);
        toast.querySelector('.toast-body').textContent = message;
        container.appendChild(toast);
        new window.bootstrap.Toast(toast).show();
    }

    document.addEventListener('DOMContentLoaded', function () {
        // Ask before destructive actions: <button data-confirm="...">.
        document.body.addEventListener('click', function (event) {
            var trigger = event.target.closest('[data-confirm]');
            if (trigger && !window.confirm(trigger.getAttribute('data-confirm'))) {
                event.preventDefault();
                event.stopImmediatePropagation();
            }
        }, true);

        // An htmx request that fails gets a visible, localized message instead of silence.
        document.body.addEventListener('htmx:responseError', function () {
            var message = document.getElementById('htmx-error-message');
            showToast(message ? message.textContent : 'Error');
        });
        document.body.addEventListener('htmx:sendError', function () {
            var message = document.getElementById('htmx-error-message');
            showToast(message ? message.textContent : 'Error');
        });

        // Move focus to a form's error summary so screen readers announce it.
        var summary = document.getElementById('form-errors');
        if (summary) {
            summary.focus();
        }
    });
})();
