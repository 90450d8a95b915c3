/* Subtext: progressive enhancement only. Every page works without this file. */
(function () {
'use strict';
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
document.querySelectorAll('.prose a, .layer__reading a, .event__text a').forEach(function (a) {
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
previews();
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
})();
