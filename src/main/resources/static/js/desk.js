// Switchboard desk: keyboard shortcuts, CSRF for htmx, type-ahead navigation. No inline scripts (CSP).
(function () {
  'use strict';

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }

  // Every htmx request that changes something carries the CSRF token, as forms do.
  document.addEventListener('htmx:configRequest', function (event) {
    var c = csrf();
    if (c && event.detail.verb !== 'get') {
      event.detail.headers[c.header] = c.token;
    }
  });

  // "/" focuses the global search, unless the agent is typing somewhere.
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      var box = document.getElementById('global-search');
      if (box) {
        event.preventDefault();
        box.focus();
        box.select();
      }
    }
    if (event.key === 'Escape') {
      var suggestions = document.getElementById('search-suggestions');
      if (suggestions) { suggestions.innerHTML = ''; }
    }
  });

  // Arrow keys move through the type-ahead suggestions.
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') { return; }
    var suggestions = document.getElementById('search-suggestions');
    if (!suggestions) { return; }
    var items = Array.prototype.slice.call(suggestions.querySelectorAll('a.list-group-item'));
    if (!items.length) { return; }
    var box = document.getElementById('global-search');
    var index = items.indexOf(document.activeElement);
    if (document.activeElement !== box && index < 0) { return; }
    event.preventDefault();
    if (event.key === 'ArrowDown') {
      (items[index + 1] || items[0]).focus();
    } else if (index <= 0) {
      box.focus();
    } else {
      items[index - 1].focus();
    }
  });

  // Clicking outside the search closes the suggestions.
  document.addEventListener('click', function (event) {
    var suggestions = document.getElementById('search-suggestions');
    if (suggestions && !event.target.closest('.sb-search')) { suggestions.innerHTML = ''; }
  });

  // A message that holds only until an event (data-clear-on="interactions-changed": a reveal refused until
  // the caller is verified) goes when the event comes.
  ['interactions-changed'].forEach(function (name) {
    document.addEventListener(name, function () {
      document.querySelectorAll('[data-clear-on="' + name + '"]').forEach(function (element) { element.remove(); });
    });
  });

  // Buttons that copy a revealed value: data-copy="#selector".
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy]');
    if (!button) { return; }
    var source = document.querySelector(button.getAttribute('data-copy'));
    if (source && navigator.clipboard) { navigator.clipboard.writeText(source.textContent.trim()); }
  });
})();

// A panel that cannot load says so in place, in the agent's language (the texts are on <body>).
(function () {
  'use strict';
  function explain(event, key) {
    var target = event.detail && event.detail.target;
    if (!target) { return; }
    var alert = document.createElement('div');
    alert.className = 'alert alert-danger m-2';
    alert.setAttribute('role', 'alert');
    alert.textContent = document.body.getAttribute(key);
    target.replaceChildren(alert);
  }
  document.addEventListener('htmx:responseError', function (event) { explain(event, 'data-error-server'); });
  document.addEventListener('htmx:sendError', function (event) { explain(event, 'data-error-network'); });
})();
