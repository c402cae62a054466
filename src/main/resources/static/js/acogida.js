// Acogida's only script (no inline script: the Content-Security-Policy forbids it).
(function () {
    'use strict';

    // htmx requests carry the CSRF token, read from the page's meta tags.
    document.addEventListener('htmx:configRequest', function (event) {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        if (token && header) {
            event.detail.headers[header.content] = token.content;
        }
    });

    // Forms that change something irreversible ask first; the question is a translated data-confirm attribute.
    document.addEventListener('submit', function (event) {
        var question = event.target.getAttribute('data-confirm');
        if (question && !window.confirm(question)) {
            event.preventDefault();
        }
    });
})();
