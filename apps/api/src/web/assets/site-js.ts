/**
 * The site's one script, served as a static file (CSP allows scripts from 'self' only). Pages work
 * without it; it adds "use my location" on /find-your-alder (the address form needs none) and "copy link" buttons to elements marked `data-copy-link="<fragment id>"`,
 * which the server renders hidden. Labels come from data attributes, so they follow the page's language.
 */
export const SITE_JS = `'use strict';
(function () {
  var locate = document.getElementById('use-location');
  if (!locate || !navigator.geolocation) return;
  var status = document.getElementById('locate-status');
  locate.hidden = false;
  locate.addEventListener('click', function () {
    if (status) status.textContent = locate.getAttribute('data-locating') || '';
    navigator.geolocation.getCurrentPosition(
      function (pos) {
        var url = new URL(locate.getAttribute('data-action') || '/find-your-alder', location.href);
        url.searchParams.set('latitude', pos.coords.latitude.toFixed(5));
        url.searchParams.set('longitude', pos.coords.longitude.toFixed(5));
        location.assign(url.href);
      },
      function () {
        if (status) status.textContent = locate.getAttribute('data-failed') || '';
      },
      { timeout: 15000, maximumAge: 600000 },
    );
  });
})();
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
