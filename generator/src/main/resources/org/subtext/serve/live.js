// Injected by `subtext serve` only, never into a built site: reloads the page after a rebuild and
// shows build errors over the page until they are fixed.
(function () {
  "use strict";
  var overlay = null;

  function showErrors(diagnostics) {
    hideErrors();
    if (!diagnostics.length) { return; }
    overlay = document.createElement("div");
    overlay.id = "subtext-errors";
    overlay.setAttribute("role", "alert");
    overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;" +
      "background:rgba(20,20,24,.94);color:#ffd7d0;font:14px/1.5 ui-monospace,monospace;";
    var title = document.createElement("p");
    title.textContent = "The last save has errors; this page shows the last good build.";
    title.style.cssText = "font-weight:bold;color:#fff;margin:0 0 1rem";
    overlay.appendChild(title);
    var list = document.createElement("pre");
    list.style.whiteSpace = "pre-wrap";
    list.textContent = diagnostics.join("\n");
    overlay.appendChild(list);
    document.body.appendChild(overlay);
  }

  function hideErrors() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  fetch("/__subtext/errors").then(function (r) { return r.json(); }).then(showErrors);
  var events = new EventSource("/__subtext/events");
  // marks the page as listening, for tools (and tests) that save only once the tab can hear it
  events.addEventListener("open", function () { document.documentElement.dataset.subtextLive = "connected"; });
  events.addEventListener("reload", function () { location.reload(); });
  events.addEventListener("errors", function (e) { showErrors(JSON.parse(e.data)); });
})();
