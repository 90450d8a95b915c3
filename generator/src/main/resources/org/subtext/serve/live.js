// Injected by `subtext serve` only, never into a built site: reloads the page after a rebuild and
// shows build errors over the page until they are fixed, or until the writer hides them.
(function () {
  "use strict";
  var overlay = null;
  var focusBefore = null;
  // the preview's own page while no build has succeeded: there is no last good page under the errors
  var waiting = document.getElementById("subtext-waiting") !== null;

  function showErrors(diagnostics) {
    hideErrors();
    if (!diagnostics.length) { return; }
    focusBefore = document.activeElement;
    overlay = document.createElement("div");
    overlay.id = "subtext-errors";
    overlay.setAttribute("role", "alertdialog");
    overlay.setAttribute("aria-modal", "true");
    overlay.setAttribute("aria-labelledby", "subtext-errors-title");
    overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;" +
      "background:rgba(20,20,24,.94);color:#ffd7d0;font:14px/1.5 ui-monospace,monospace;";
    var title = document.createElement("p");
    title.id = "subtext-errors-title";
    title.textContent = waiting ? "The site does not build yet: fix these errors and save."
      : "The last save has errors; under them is the last good build of this page.";
    title.style.cssText = "font-weight:bold;color:#fff;margin:0 0 1rem";
    overlay.appendChild(title);
    var hide = document.createElement("button");
    hide.type = "button";
    hide.id = "subtext-errors-hide";
    hide.textContent = waiting ? "Hide errors" : "Show the last good page";
    hide.style.cssText = "font:inherit;font-weight:bold;color:#141418;background:#ffd7d0;border:2px solid #fff;" +
      "border-radius:4px;padding:.4rem .9rem;margin:0 0 1rem;cursor:pointer;";
    hide.addEventListener("click", hideErrors);
    overlay.appendChild(hide);
    var hint = document.createElement("p");
    hint.textContent = "(Escape also hides them; they come back on the next save that has errors.)";
    hint.style.cssText = "margin:0 0 1rem";
    overlay.appendChild(hint);
    var list = document.createElement("pre");
    list.style.whiteSpace = "pre-wrap";
    list.textContent = diagnostics.join("\n");
    overlay.appendChild(list);
    document.body.appendChild(overlay);
    hide.focus();
  }

  function hideErrors() {
    if (!overlay) { return; }
    overlay.remove();
    overlay = null;
    if (focusBefore && focusBefore.focus && document.contains(focusBefore)) { focusBefore.focus(); }
  }

  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && overlay) { hideErrors(); }
  });

  var events = new EventSource("/__subtext/events");
  var heard = 0;
  events.addEventListener("open", function () {
    // asked once the stream is open, so that a build finishing in between is not missed (without
    // errors now, the waiting page has a real page to become); an event heard meanwhile is newer
    var asked = heard;
    fetch("/__subtext/errors").then(function (r) { return r.json(); }).then(function (diagnostics) {
      if (waiting && !diagnostics.length && heard === asked) { location.reload(); return; }
      if (heard === asked) { showErrors(diagnostics); }
      // marks the page as listening and up to date, for tools (and tests) that save only once it is
      document.documentElement.dataset.subtextLive = "connected";
    });
  });
  events.addEventListener("reload", function () { heard++; location.reload(); });
  events.addEventListener("errors", function (e) { heard++; showErrors(JSON.parse(e.data)); });
})();
