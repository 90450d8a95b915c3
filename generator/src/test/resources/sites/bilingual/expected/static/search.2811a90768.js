/* Subtext search: progressive enhancement of the search page, which lists every explainer without it. */
(function () {
'use strict';
/* Search: without JavaScript the page lists every explainer; with it, a box filters as you type. */
function fold(text) {
return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
function search() {
var form = document.querySelector('form[data-index]');
var results = document.getElementById('search-results');
var status = document.getElementById('search-status');
if (!form || !results || !status || !window.fetch) return;
var input = form.querySelector('input[type=search]');
var fallback = Array.prototype.slice.call(results.childNodes);
var fallbackStatus = status.textContent;
var entries = null;
function entry(kind, item, fields) {
return { kind: kind, item: item, fields: fields.map(function (f) {
return { weight: f[0], text: f[1], folded: fold(f[1]), label: f[2] };
}) };
}
function load(index) {
entries = [];
(index.explainers || []).forEach(function (x) {
var fields = [[8, x.title], [4, x.summary], [3, x.section], [3, (x.actors || []).join(' ')]];
(x.headings || []).forEach(function (h) { fields.push([3, h]); });
(x.claims || []).forEach(function (c) {
fields.push([2, c.text, 'Claim by ' + c.by + ': \u201c' + c.text + '\u201d']);
fields.push([1, c.by]);
});
entries.push(entry('Explainer \u00b7 ' + x.section, x, fields));
});
(index.actors || []).forEach(function (a) {
entries.push(entry('Actor', a, [[8, a.title], [3, a.summary], [3, (a.aliases || []).join(' ')]]));
});
}
function match(words) {
var found = [];
entries.forEach(function (e, order) {
var score = 0;
var snippet = null;
var all = words.every(function (w) {
var best = 0;
e.fields.forEach(function (f) {
if (f.folded.indexOf(w) >= 0 && f.weight > best) best = f.weight;
if (f.label && !snippet && f.folded.indexOf(w) >= 0) snippet = f.label;
});
score += best;
return best > 0;
});
if (all) found.push({ entry: e, score: score, order: order, snippet: snippet });
});
found.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
return found;
}
function show(found, query) {
results.textContent = '';
found.slice(0, 50).forEach(function (r) {
var li = document.createElement('li');
var a = document.createElement('a');
a.href = r.entry.item.url;
a.textContent = r.entry.item.title;
var kind = document.createElement('span');
kind.className = 'muted';
kind.textContent = ' \u00b7 ' + r.entry.kind;
var p = document.createElement('p');
p.textContent = r.snippet || r.entry.item.summary;
li.appendChild(a);
li.appendChild(kind);
li.appendChild(p);
results.appendChild(li);
});
var n = found.length;
status.textContent = (n === 0 ? 'No results' : n === 1 ? '1 result' : n + ' results')
+ ' for \u201c' + query + '\u201d.';
}
function run() {
var query = input.value.trim();
var url = new URL(location.href);
if (query) url.searchParams.set('q', query); else url.searchParams.delete('q');
if (history.replaceState) history.replaceState(history.state, '', url.pathname + url.search + url.hash);
if (!query || !entries) {
results.textContent = '';
fallback.forEach(function (node) { results.appendChild(node); });
status.textContent = fallbackStatus;
return;
}
var words = fold(query).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
show(words.length ? match(words) : [], query);
}
form.addEventListener('submit', function (event) { event.preventDefault(); run(); });
input.addEventListener('input', run);
fetch(form.getAttribute('data-index'), { credentials: 'same-origin' })
.then(function (response) {
if (!response.ok) throw new Error('HTTP ' + response.status);
return response.json();
})
.then(function (index) {
load(index);
form.hidden = false;
var q = new URLSearchParams(location.search).get('q');
if (q) input.value = q;
if (input.value) run();
})
.catch(function () {
status.textContent = 'Search is unavailable; every explainer is listed below.';
});
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', search);
else search();
})();
