/**
 * The site's one script, served as a static file (CSP allows scripts from 'self' only). Pages work
 * without it; it adds "copy link" buttons to elements marked `data-copy-link="<fragment id>"`,
 * which the server renders hidden. Labels come from data attributes, so they follow the page's language.
 */
export const SITE_JS = `'use strict';
(function () {
  var buttons = document.querySelectorAll('button[data-copy-link]');
  if (!buttons.length || !navigator.clipboard) return;
  var status = document.getElementById('copy-status');
  Array.prototype.forEach.call(buttons, function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var url = new URL(location.href);
      url.hash = button.getAttribute('data-copy-link') || '';
      navigator.clipboard.writeText(url.href).then(function () {
        if (status) status.textContent = button.getAttribute('data-copied') || '';
      });
    });
  });
})();
`;
