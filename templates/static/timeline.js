/* Subtext: the timeline's filters as checkboxes. Without this file the filter links lead to pages
   rendered for each actor, topic and pair, so it only enhances. */
(function () {
  'use strict';

  /* The page's words for what this script writes, from the nav's data-words-* attributes (the
     message files' timeline_js_* words). */
  function said(nav, key, values) {
    var text = nav.getAttribute('data-words-' + key) || '';
    values.forEach(function (v, i) { text = text.split('{' + i + '}').join(v); });
    return text;
  }

  /* Each list of filter links becomes a fieldset of checkboxes: within a group any ticked value
     matches, across groups every group with a tick must match. The choice is kept in the query
     (?actor=a&topic=b), so that the address can be shared. */
  function filters() {
    var nav = document.querySelector('nav.filters[data-words-shown]');
    var events = [].slice.call(document.querySelectorAll('li.event[data-topics]'));
    var details = nav && nav.querySelector('details');
    var query = window.URLSearchParams && new URLSearchParams(location.search);
    var groups = [];
    var hint, status;
    if (!details || !events.length || !query || !history.replaceState) return;

    hint = document.createElement('p');
    hint.className = 'filters__hint';
    hint.textContent = said(nav, 'hint', []);
    details.insertBefore(hint, details.querySelector('summary').nextSibling);
    nav.querySelectorAll('ul[data-filter]').forEach(function (list) {
      var kind = list.getAttribute('data-filter');
      var label = list.previousElementSibling;
      var fieldset = document.createElement('fieldset');
      var chosen = query.getAll(kind);
      var group = { kind: kind, attribute: 'data-' + kind + 's', boxes: [] };
      fieldset.className = 'filters__group';
      fieldset.appendChild(document.createElement('legend')).textContent = label.textContent;
      list.querySelectorAll('li[data-value]').forEach(function (li) {
        var choice = fieldset.appendChild(document.createElement('span'));
        var box = choice.appendChild(document.createElement('input'));
        var text = choice.appendChild(document.createElement('label'));
        choice.className = 'filters__choice';
        box.type = 'checkbox';
        box.id = 'filter-' + kind + '-' + li.getAttribute('data-value');
        box.value = li.getAttribute('data-value');
        box.checked = chosen.indexOf(box.value) >= 0;
        box.onchange = update;
        text.htmlFor = box.id;
        text.textContent = li.textContent;
        group.boxes.push(box);
      });
      // the links lead to the same events one page at a time: the checkboxes replace them
      label.hidden = list.hidden = true;
      details.appendChild(fieldset);
      groups.push(group);
    });
    status = nav.appendChild(document.createElement('p'));
    status.className = 'filters__count';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    if (groups.some(function (g) { return g.boxes.some(function (b) { return b.checked; }); })) details.open = true;
    update();

    function update() {
      var shown = 0;
      var wanted = groups.map(function (g) {
        return g.boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      });
      events.forEach(function (li) {
        var show = groups.every(function (g, i) {
          var has = ' ' + li.getAttribute(g.attribute) + ' ';
          return !wanted[i].length || wanted[i].some(function (v) { return has.indexOf(' ' + v + ' ') >= 0; });
        });
        li.hidden = !show;
        if (show) shown++;
      });
      document.querySelectorAll('section.year').forEach(function (year) {
        year.hidden = !year.querySelector('li.event:not([hidden])');
      });
      status.textContent = said(nav, 'shown', [shown, events.length]);
      groups.forEach(function (g, i) {
        query.delete(g.kind);
        wanted[i].forEach(function (v) { query.append(g.kind, v); });
      });
      var search = query.toString();
      history.replaceState(history.state, '', location.pathname + (search ? '?' + search : '') + location.hash);
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', filters);
  else filters();
})();
