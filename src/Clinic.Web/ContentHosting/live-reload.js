// Development only (embedded in the site and mapped only in Development; never in wwwroot): reloads the tab after the content changes.
// The server's event stream names the current content version; a different one means a file was saved.
(function () {
  'use strict';
  if (typeof window.EventSource !== 'function') {
    return;
  }

  var seen = null;
  var events = new window.EventSource('/_content/changes');
  events.addEventListener('content-version', function (event) {
    if (seen === null) {
      seen = event.data;
    } else if (event.data !== seen) {
      events.close();
      window.location.reload();
    }
  });
})();
