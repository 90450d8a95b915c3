/* Subtext: the timeline's filter links as checkboxes. Without this file the links lead to pages of
each actor, topic and pair. */
(function () {
'use strict';
/* Within a group any ticked value matches; across groups each group with a tick must. The choice
is kept in the query (?actor=a&topic=b), so that the address can be shared. */
function filters() {
var nav = document.querySelector('nav.filters[data-words-shown]');
var details = nav && nav.querySelector('details');
var query = window.URLSearchParams && new URLSearchParams(location.search);
var groups = [], events = [], status;
if (!details || !query || !history.replaceState) return;
nav.querySelectorAll('ul[data-filter]').forEach(function (list) {
var group = { kind: list.getAttribute('data-filter'), boxes: [] };
var label = list.previousElementSibling;
var fieldset = details.appendChild(document.createElement('fieldset'));
fieldset.appendChild(document.createElement('legend')).textContent = label.textContent;
list.querySelectorAll('li').forEach(function (li) {
var choice = fieldset.appendChild(document.createElement('span'));
var box = choice.appendChild(document.createElement('input'));
var text = choice.appendChild(document.createElement('label'));
box.type = 'checkbox';
box.value = li.getAttribute('data-value');
box.id = text.htmlFor = 'filter-' + group.kind + '-' + box.value;
box.checked = query.getAll(group.kind).indexOf(box.value) >= 0;
box.onchange = update;
text.textContent = li.textContent;
group.boxes.push(box);
});
label.hidden = list.hidden = true;
groups.push(group);
});
var topics = groups.filter(function (g) { return g.kind === 'topic'; })[0];
document.querySelectorAll('.year li.event').forEach(function (li) {
var actors = [].map.call(li.querySelectorAll('.event__meta a'), function (a) {
var id = /\/actors\/([^/]+)\/$/.exec(a.pathname);
return id && id[1];
});
var places = (li.getAttribute('data-topics') || '').split(' ').filter(Boolean);
events.push({ li: li, actor: actors, topic: places.map(function (i) { return topics && topics.boxes[i].value; }) });
});
details.insertBefore(document.createElement('p'), details.children[1]).textContent =
nav.getAttribute('data-words-hint');
status = nav.appendChild(document.createElement('p'));
status.setAttribute('role', 'status');
status.setAttribute('aria-live', 'polite');
details.open = groups.some(function (g) { return g.boxes.some(function (b) { return b.checked; }); });
update();
function update() {
var shown = 0;
var wanted = groups.map(function (g) {
return g.boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
});
events.forEach(function (e) {
e.li.hidden = !groups.every(function (g, i) {
return !wanted[i].length || wanted[i].some(function (v) { return e[g.kind].indexOf(v) >= 0; });
});
if (!e.li.hidden) shown++;
});
document.querySelectorAll('section.year').forEach(function (year) {
year.hidden = !year.querySelector('li.event:not([hidden])');
});
status.textContent = nav.getAttribute('data-words-shown').replace('{0}', shown).replace('{1}', events.length);
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
