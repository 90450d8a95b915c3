/* Subtext search: progressive enhancement of the search page, which without it links to the claims
   tracker, the timeline, topics and the newest explainers. The index is split (see SearchIndex.java):
   a small manifest, shards of terms read only for the query's words, and one fragment per page read
   only for the results shown, so a search reads a few hundred kilobytes however large the site. */
(function () {
  'use strict';

  var PAGE = 10;
  /* At most this many shards a query: each is up to 1/400 of the index, and a search must stay small. */
  var SHARDS = 4;
  var ALPHABET = '0123456789abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZwxyz-_';
  var DIGIT = {};
  for (var d = 0; d < ALPHABET.length; d++) DIGIT[ALPHABET.charAt(d)] = d;

  /* The same folding as Words.java: accents dropped, lower case, split at anything but letters and numbers. */
  function fold(text) {
    return String(text || '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  }

  function words(query) {
    var seen = {};
    return fold(query).split(/[^\p{L}\p{N}]+/u).filter(function (w) {
      if (!w || seen[w]) return false;
      seen[w] = true;
      return true;
    });
  }

  /* Numbers written by NumberCode.java: base 32, the last digit of each from the alphabet's first half. */
  function decode(text) {
    var out = [];
    var value = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGIT[text.charAt(i)];
      value = value * 32 + (digit & 31);
      if (digit < 32) {
        out.push(value);
        value = 0;
      }
    }
    return out;
  }

  /* The page's words for what search.js writes, from the form's data-words-* attributes (the message
     files' search_js_* words); a counted word in the form the plural rule picks, as Words.java does. */
  function said(form, key, values) {
    var text = form.getAttribute('data-words-' + key) || '';
    (values || []).forEach(function (v, i) { text = text.split('{' + i + '}').join(v); });
    return text;
  }

  function counted(form, n) {
    var ten = n % 10, hundred = n % 100, rule = form.getAttribute('data-words-plural');
    var few = ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14);
    var kind = rule === 'east-slavic' ? (ten === 1 && hundred !== 11 ? 'one' : few ? 'few' : 'many')
      : rule === 'west-slavic' ? (n === 1 ? 'one' : few ? 'few' : 'many')
      : rule === 'none' ? 'other' : n === 1 ? 'one' : 'other';
    return said(form, form.hasAttribute('data-words-results-' + kind) ? 'results-' + kind : 'results-other', [n]);
  }

  /* A word of three letters or more also finds the words it begins ("ukrain" finds "Ukrainian"). */
  function matches(term, word) {
    return term === word || (word.length >= 3 && term.lastIndexOf(word, 0) === 0);
  }

  function search() {
    var form = document.querySelector('form[data-index]');
    var results = document.getElementById('search-results');
    var status = document.getElementById('search-status');
    if (!form || !results || !status || !window.fetch || !window.Promise) return;
    var input = form.querySelector('input[type=search]');
    // made here, not in the page: without JavaScript there is nothing to show more of
    var more = document.createElement('button');
    more.type = 'button';
    more.id = 'search-more';
    more.textContent = said(form, 'more');
    more.hidden = true;
    results.parentNode.insertBefore(more, results.nextSibling);
    var fallback = Array.prototype.slice.call(results.childNodes);
    var fallbackStatus = status.textContent;
    var base = form.getAttribute('data-index').replace(/index\.json$/, '');
    var cache = {};
    var manifest = null;
    var current = 0;
    var shown = null;

    function json(url) {
      if (!cache[url]) {
        cache[url] = fetch(url, { credentials: 'same-origin' }).then(function (response) {
          if (!response.ok) throw new Error('HTTP ' + response.status + ' for ' + url);
          return response.json();
        });
      }
      return cache[url];
    }

    /* The shards a word's terms fall in: the one it sorts into, and for a prefix the next few. */
    function shardsOf(word) {
      var first = manifest.shards;
      var lo = 0;
      var hi = first.length - 1;
      while (lo < hi) {
        var mid = (lo + hi + 1) >> 1;
        if (first[mid] <= word) lo = mid; else hi = mid - 1;
      }
      var list = [lo];
      if (word.length >= 3) {
        var end = word + '\uffff';
        for (var j = lo + 1; j < first.length && first[j] < end && list.length < 3; j++) list.push(j);
      }
      return list;
    }

    /* For one word: doc -> best {score, passage}; complete is false when a term kept only its best pages. */
    function postings(word, shards) {
      var found = { docs: {}, complete: true, count: 0, exact: true };
      shards.forEach(function (shard) {
        Object.keys(shard).forEach(function (term) {
          if (!matches(term, word)) return;
          if (term !== word) found.exact = false;
          var numbers = decode(shard[term]);
          var kept = (numbers.length - 1) / 2;
          if (numbers[0] > kept) found.complete = false;
          found.count = Math.max(found.count, numbers[0]);
          var doc = 0;
          for (var k = 1; k < numbers.length; k += 2) {
            doc += numbers[k];
            var code = numbers[k + 1];
            var score = (code & 7) * 2 + (term === word ? 1 : 0);
            var best = found.docs[doc];
            if (!best || score > best.score) found.docs[doc] = { score: score, passage: code >> 3 };
          }
        });
      });
      return found;
    }

    function rank(perWord) {
      var filters = perWord.filter(function (w) { return w.complete; });
      if (!filters.length) filters = perWord;
      var docs = Object.keys(filters[0].docs).filter(function (doc) {
        return filters.every(function (w) { return w.docs[doc]; });
      });
      var ranked = docs.map(function (doc) {
        var score = 0;
        var hit = null;
        perWord.forEach(function (w) {
          var p = w.docs[doc];
          if (!p) return;
          score += p.score;
          if (!hit || p.score > hit.score) hit = p;
        });
        return { doc: Number(doc), score: score, passage: hit.passage };
      });
      ranked.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
      var complete = perWord.every(function (w) { return w.complete; });
      // a term kept only its best pages: a one-word search still knows how many pages have it
      var single = perWord.length === 1;
      var total = !complete && single ? Math.max(ranked.length, perWord[0].count) : ranked.length;
      return { ranked: ranked, complete: complete || (single && perWord[0].exact), total: total };
    }

    /* Text with the query's words marked, cut to a window around the first one when long. */
    function marked(text, query, cut) {
      var re = /[\p{L}\p{N}\p{M}]+/gu;
      var hits = [];
      var m;
      while ((m = re.exec(text)) !== null) {
        var term = fold(m[0]);
        if (query.some(function (w) { return matches(term, w); })) hits.push([m.index, m.index + m[0].length]);
      }
      var start = 0;
      var end = text.length;
      if (cut && text.length > 220) {
        var at = hits.length ? hits[0][0] : 0;
        start = Math.max(0, at - 80);
        if (start > 0) start = text.indexOf(' ', start) + 1 || start;
        end = Math.min(text.length, start + 220);
        if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
      }
      var out = document.createDocumentFragment();
      var pos = start;
      if (start > 0) out.appendChild(document.createTextNode('\u2026 '));
      hits.forEach(function (h) {
        if (h[0] < pos || h[1] > end) return;
        out.appendChild(document.createTextNode(text.slice(pos, h[0])));
        var mark = document.createElement('mark');
        mark.textContent = text.slice(h[0], h[1]);
        out.appendChild(mark);
        pos = h[1];
      });
      out.appendChild(document.createTextNode(text.slice(pos, end)));
      if (end < text.length) out.appendChild(document.createTextNode(' \u2026'));
      return { node: out, hit: hits.length > 0 };
    }

    function item(result, doc, query) {
      var passage = doc.passages[result.passage] || doc.passages[0];
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = doc.url + (passage[0] ? '#' + passage[0] : '');
      a.textContent = doc.title;
      var kind = document.createElement('span');
      kind.className = 'muted';
      kind.textContent = ' \u00b7 ' + doc.kind;
      li.appendChild(a);
      li.appendChild(kind);
      if (passage[1]) {
        var where = document.createElement('p');
        where.appendChild(marked(passage[1], query, false).node);
        li.appendChild(where);
      }
      if (passage[2]) {
        var excerpt = document.createElement('p');
        excerpt.appendChild(marked(passage[2], query, true).node);
        li.appendChild(excerpt);
      }
      return li;
    }

    function showMore(ticket, query) {
      var next = shown.ranked.slice(results.children.length, results.children.length + PAGE);
      more.hidden = true;
      return Promise.all(next.map(function (r) { return json(base + 'docs/' + r.doc + '.json'); }))
        .then(function (docs) {
          if (ticket !== current) return;
          docs.forEach(function (doc, i) { results.appendChild(item(next[i], doc, query)); });
          more.hidden = results.children.length >= shown.ranked.length;
        });
    }

    function run() {
      var query = input.value.trim();
      var url = new URL(location.href);
      if (query) url.searchParams.set('q', query); else url.searchParams.delete('q');
      if (history.replaceState) history.replaceState(history.state, '', url.pathname + url.search + url.hash);
      var ticket = ++current;
      var queryWords = words(query);
      if (!queryWords.length || !manifest) {
        results.textContent = '';
        fallback.forEach(function (node) { results.appendChild(node); });
        status.textContent = fallbackStatus;
        more.hidden = true;
        return;
      }
      // words past the shard limit (a pasted sentence) are left out, and the status says so
      var needed = [];
      var perWordShards = [];
      var stopped = false;
      queryWords.forEach(function (w, k) {
        if (stopped) return;
        var list = shardsOf(w);
        var extra = list.filter(function (i) { return needed.indexOf(i) < 0; });
        if (k > 0 && needed.length + extra.length > SHARDS) {
          stopped = true;
          return;
        }
        extra.forEach(function (i) { needed.push(i); });
        perWordShards.push(list);
      });
      var skipped = queryWords.length - perWordShards.length;
      queryWords = queryWords.slice(0, perWordShards.length);
      Promise.all(needed.map(function (i) { return json(base + 'terms/' + i + '.json'); }))
        .then(function (loaded) {
          if (ticket !== current) return null;
          var byIndex = {};
          needed.forEach(function (i, k) { byIndex[i] = loaded[k]; });
          shown = rank(queryWords.map(function (w, k) {
            return postings(w, perWordShards[k].map(function (i) { return byIndex[i]; }));
          }));
          results.textContent = '';
          var n = shown.total;
          var found = n === 0 ? said(form, 'none') : shown.complete ? counted(form, n) : said(form, 'or-more', [n]);
          status.textContent = said(form, n > PAGE ? 'best-first' : 'for', [found, query])
            + (skipped ? ' ' + said(form, 'skipped', [queryWords.length]) : '');
          return showMore(ticket, queryWords);
        })
        .catch(function () {
          if (ticket === current) status.textContent = said(form, 'unavailable');
        });
    }

    var timer = null;
    form.addEventListener('submit', function (event) { event.preventDefault(); run(); });
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(run, 120);
    });
    more.addEventListener('click', function () { showMore(current, words(input.value)); });
    json(base + 'index.json')
      .then(function (loaded) {
        manifest = loaded;
        form.hidden = false;
        var q = new URLSearchParams(location.search).get('q');
        if (q) input.value = q;
        if (input.value) run();
      })
      .catch(function () {
        status.textContent = said(form, 'unavailable');
      });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', search);
  else search();
})();
