/* Subtext: progressive enhancement only. Every page works without this file. */
(function () {
'use strict';
function layerTabs() {
var grid = document.querySelector('.layers__grid');
if (!grid) return;
var panels = Array.prototype.filter.call(grid.children, function (el) {
return el.classList.contains('layer') && el.id;
});
if (panels.length < 2) return;
var title = document.getElementById('layers-title');
var list = document.createElement('div');
list.className = 'layers__tabs';
list.setAttribute('role', 'tablist');
if (title) list.setAttribute('aria-labelledby', title.id);
var tabs = panels.map(function (panel, i) {
var heading = panel.querySelector('h3');
var tab = document.createElement('button');
tab.type = 'button';
tab.className = 'layers__tab';
tab.id = 'tab-' + panel.id;
tab.setAttribute('role', 'tab');
tab.setAttribute('aria-controls', panel.id);
tab.textContent = heading ? heading.textContent : panel.id;
tab.addEventListener('click', function () { select(i, false, true); });
tab.addEventListener('keydown', function (event) { key(event, i); });
list.appendChild(tab);
panel.setAttribute('role', 'tabpanel');
panel.setAttribute('aria-labelledby', tab.id);
panel.tabIndex = 0;
return tab;
});
grid.parentNode.insertBefore(list, grid);
grid.classList.add('layers__grid--tabbed');
function select(index, focus, updateHash) {
tabs.forEach(function (tab, i) {
var on = i === index;
tab.setAttribute('aria-selected', on ? 'true' : 'false');
tab.tabIndex = on ? 0 : -1;
panels[i].hidden = !on;
});
if (focus) tabs[index].focus();
if (updateHash && window.history && history.replaceState) {
history.replaceState(history.state, '', '#' + panels[index].id);
}
}
function key(event, index) {
var last = tabs.length - 1;
var next = null;
switch (event.key) {
case 'ArrowRight': case 'ArrowDown': next = index === last ? 0 : index + 1; break;
case 'ArrowLeft': case 'ArrowUp': next = index === 0 ? last : index - 1; break;
case 'Home': next = 0; break;
case 'End': next = last; break;
default: return;
}
event.preventDefault();
select(next, true, true);
}
function fromHash() {
var id = decodeURIComponent(location.hash.slice(1));
if (!id) return -1;
var target = document.getElementById(id);
for (var i = 0; i < panels.length; i++) {
if (panels[i].id === id || (target && panels[i].contains(target))) return i;
}
return -1;
}
var initial = fromHash();
select(initial < 0 ? 0 : initial, false, false);
window.addEventListener('hashchange', function () {
var i = fromHash();
if (i >= 0) select(i, false, false);
});
}
function previews() {
var home = document.querySelector('.site-title');
var base = home && home.getAttribute('href');
var pages = {};
var card = document.createElement('div');
var link, timer;
if (!base || !window.fetch) return;
card.className = 'preview';
card.id = 'preview_';
card.setAttribute('role', 'tooltip');
card.hidden = true;
card.onmouseenter = function () { clearTimeout(timer); };
card.onmouseleave = function () { later(hide, 300); };
(document.querySelector('main') || document.body).appendChild(card);
document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hide(); });
function later(fn, ms) { clearTimeout(timer); timer = setTimeout(fn, ms); }
function hide() {
clearTimeout(timer);
card.hidden = true;
if (link) link.removeAttribute('aria-describedby');
link = null;
}
function show(a) {
var url = a.href.split('#')[0];
(pages[url] = pages[url] || fetch(url).then(function (r) { return r.ok ? r.text() : Promise.reject(); }))
.then(function (html) {
var page = new DOMParser().parseFromString(html, 'text/html');
if (link !== a) return;
card.textContent = '';
['.kicker', 'h1', '.lede', '.dateline'].forEach(function (selector) {
var el = page.querySelector(selector);
var p = el && card.appendChild(document.createElement('p'));
if (p) p.textContent = el.textContent, p.className = el.className || 'preview__title';
});
a.setAttribute('aria-describedby', card.id);
card.hidden = false;
var r = a.getBoundingClientRect();
var h = card.offsetHeight + 8;
card.style.left = scrollX + Math.max(8, Math.min(r.left, innerWidth - card.offsetWidth - 24)) + 'px';
card.style.top = scrollY + (r.bottom + h > innerHeight && r.top > h ? r.top - h : r.bottom + 8) + 'px';
}, hide);
}
document.querySelectorAll('.prose a, .layer__reading a, .claim__note a, .event__text a').forEach(function (a) {
var path = a.pathname;
if (a.host !== location.host || path.indexOf(base) || path === location.pathname
|| !/^(explainers|actors)\/[a-z0-9-]+\/$/.test(path.slice(base.length))) return;
a.onmouseenter = a.onfocus = function (e) {
if (link !== a) hide();
link = a;
later(function () { show(a); }, e.type === 'focus' ? 0 : 300);
};
a.onmouseleave = function () { later(hide, 300); };
a.onblur = hide;
});
}
function start() {
layerTabs();
previews();
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
})();
