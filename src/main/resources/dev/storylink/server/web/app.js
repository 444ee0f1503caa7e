// StoryLink web page: story list, story timeline and side-by-side comparison.
// Plain DOM, no build step. All text from the API is inserted with textContent (never as HTML).
'use strict';

const app = document.getElementById('app');
const LANGS = { ar: 'Arabic', fa: 'Persian', ur: 'Urdu', en: 'English', de: 'German', fr: 'French',
  es: 'Spanish', ru: 'Russian', tr: 'Turkish', it: 'Italian', pl: 'Polish', zh: 'Chinese' };
const RTL = new Set(['ar', 'fa', 'ur', 'ps', 'ckb', 'he', 'yi', 'ug', 'sd']);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

// Only absolute http(s) links are rendered; script, data and other schemes stay plain text.
function safeUrl(url) {
  if (typeof url !== 'string' || !url) return false;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && /^https?:\/\//i.test(url.trim());
  } catch (e) { return false; }
}

function langName(code) { return LANGS[code] || code; }

// '1 article', '2 articles'
function counted(n, one, many) { return n + ' ' + (n === 1 ? one : many); }

// Names from the API in a run of text (sources, ids): each isolated in a <bdi>, so that an Arabic
// outlet next to a Persian one keeps the list's order instead of being reordered as one RTL run.
function bdiList(items, sep) { return items.flatMap((x, i) => (i ? [sep, el('bdi', {}, x)] : [el('bdi', {}, x)])); }

// Replaces the page's content; absent parts (null, false) are left out (replaceChildren would
// write them as the text 'null').
function show(...parts) { app.replaceChildren(...parts.flat().filter(p => p !== null && p !== undefined && p !== false)); }
function langBadge(code) { return el('span', { class: 'lang', title: langName(code), 'data-lang': code }, code); }

async function api(path, options) {
  const res = await fetch(path, options);
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) throw new Error((body && body.error) || ('HTTP ' + res.status));
  return body;
}

function showError(err) {
  show(el('p', { class: 'error', role: 'alert' }, String(err.message || err)),
    el('p', {}, el('a', { href: '#/' }, '← all stories')));
}

// ------------------------------------------------------------------ story list

async function renderList(params) {
  const q = new URLSearchParams(params);
  const limit = Number(q.get('limit') || 20);
  const offset = Number(q.get('offset') || 0);
  q.set('limit', limit); q.set('offset', offset);
  const page = await api('/api/stories?' + q.toString());

  const form = el('form', { class: 'filters', onsubmit: (ev) => {
    ev.preventDefault();
    const f = new FormData(form);
    const p = new URLSearchParams();
    for (const [k, v] of f.entries()) if (String(v).trim()) p.set(k, String(v).trim());
    location.hash = '#/?' + p.toString();
  } },
    el('label', {}, 'Search', el('input', { name: 'q', type: 'search', value: q.get('q') || '', placeholder: 'Putin Idlib, بوتين …', dir: 'auto' })),
    el('label', {}, 'Language', el('select', { name: 'lang' },
      el('option', { value: '' }, 'any'),
      Object.keys(LANGS).map(c => el('option', { value: c, selected: q.get('lang') === c }, langName(c))))),
    el('label', {}, 'From', el('input', { name: 'from', type: 'date', value: q.get('from') || '' })),
    el('label', {}, 'To', el('input', { name: 'to', type: 'date', value: q.get('to') || '' })),
    el('label', { class: 'check' }, el('input', { name: 'multilingual', type: 'checkbox', value: 'true', checked: q.get('multilingual') === 'true' }), 'Multilingual only'),
    el('button', { type: 'submit' }, 'Filter'));

  const items = page.items.map(s => el('li', { class: 'card story', 'data-story': s.id },
    el('a', { class: 'headline', href: '#/story/' + encodeURIComponent(s.id), dir: 'auto' }, s.headline || s.id),
    el('div', { class: 'meta' },
      el('span', { class: 'langs' }, s.languages.map(langBadge)),
      el('span', {}, counted(s.articleCount, 'article', 'articles')),
      s.sources.length ? el('span', { class: 'sources' }, bdiList(s.sources, ' · ')) : null,
      s.firstDate ? el('span', {}, s.firstDate === s.lastDate || !s.lastDate ? s.firstDate : s.firstDate + ' – ' + s.lastDate) : null),
    s.matched && s.matched.length ? el('div', { class: 'matched' }, 'matched: ', s.matched.map(m => el('bdi', {}, m))) : null));

  const nav = (delta) => {
    const p = new URLSearchParams(q); p.set('offset', Math.max(0, offset + delta)); return '#/?' + p.toString();
  };
  show(
    el('h1', {}, 'Stories'),
    form,
    page.undatedLeftOut ? el('p', { class: 'muted', id: 'undated-note' }, page.undatedLeftOut + (page.undatedLeftOut === 1 ? ' undated story' : ' undated stories') + ' left out by the date filter') : null,
    items.length ? el('ul', { class: 'cards', id: 'stories' }, items) : el('p', { class: 'muted' }, 'No stories match.'),
    el('div', { class: 'pager' },
      offset > 0 ? el('a', { href: nav(-limit) }, '← newer') : null,
      el('span', { class: 'muted' }, 'stories ' + (items.length ? offset + 1 : 0) + '–' + (offset + items.length)),
      page.hasMore ? el('a', { href: nav(limit) }, 'older →') : null));
}

// ------------------------------------------------------------------ story view

async function renderStory(id) {
  const d = await api('/api/stories/' + encodeURIComponent(id));
  const s = d.story;
  const chosen = [];
  const button = el('button', { type: 'button', id: 'compare-button', disabled: true, onclick: () => {
    location.hash = '#/compare/' + encodeURIComponent(chosen[0]) + '/' + encodeURIComponent(chosen[1]);
  } }, 'Compare selected');

  const items = d.articles.map(a => {
    const box = el('input', { type: 'checkbox', value: a.id, onchange: (ev) => {
      if (ev.target.checked) { chosen.push(a.id); if (chosen.length > 2) { const drop = chosen.shift();
        const other = app.querySelector('input[value="' + CSS.escape(drop) + '"]'); if (other) other.checked = false; } }
      else { const i = chosen.indexOf(a.id); if (i >= 0) chosen.splice(i, 1); }
      button.disabled = chosen.length !== 2;
    } });
    return el('li', { 'data-article': a.id, 'data-lang': a.lang },
      el('label', {}, box,
        el('span', {},
          el('span', { class: 'date' }, a.date || 'undated'), ' ',
          langBadge(a.lang), ' ',
          el('span', { class: 'title', dir: 'auto', lang: a.lang }, a.title),
          el('div', { class: 'meta' },
            a.source ? el('span', {}, a.source) : null,
            a.duplicateOf ? el('span', {}, 'republishes ', el('bdi', {}, a.duplicateOf)) : null,
            safeUrl(a.url) ? el('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank' }, 'original') : null))));
  });

  // suggest the first pair in two different languages
  let suggestion = null;
  outer: for (let i = 0; i < d.articles.length; i++) {
    for (let j = i + 1; j < d.articles.length; j++) {
      if (d.articles[i].lang !== d.articles[j].lang) { suggestion = [d.articles[i], d.articles[j]]; break outer; }
    }
  }
  if (!suggestion && d.articles.length >= 2) suggestion = [d.articles[0], d.articles[1]];

  show(
    el('p', {}, el('a', { href: '#/' }, '← all stories')),
    el('h1', { dir: 'auto', id: 'story-headline' }, s.headline || s.id),
    el('div', { class: 'meta' },
      el('span', { id: 'story-languages' }, 'Languages: ', s.languages.map(l => el('span', {}, langBadge(l), langName(l), ' '))),
      el('span', {}, counted(s.articleCount, 'article', 'articles') + ' in ' + counted(s.eventCount, 'event', 'events')),
      s.sources.length ? el('span', { id: 'story-sources' }, 'Sources: ', bdiList(s.sources, ', ')) : null),
    el('div', { class: 'toolbar' },
      button,
      suggestion ? el('a', { id: 'compare-suggested', href: '#/compare/' + encodeURIComponent(suggestion[0].id) + '/' + encodeURIComponent(suggestion[1].id) },
        'Compare ' + langName(suggestion[0].lang) + ' and ' + langName(suggestion[1].lang) + ' coverage →') : null,
      el('span', { class: 'muted' }, 'or tick two articles')),
    el('h2', {}, 'Timeline'),
    (d.notShown ? [el('p', { class: 'muted', id: 'timeline-bound' }, 'The ' + d.articles.length + ' newest articles; ' + d.notShown + ' older not shown' + (d.eventsNotShown ? ' (' + d.eventsNotShown + ' older events not shown).' : '.'))] : []),
    el('ol', { class: 'timeline', id: 'timeline' }, items));
  if (window.StoryFacts) window.StoryFacts.render(id, d); // fact matrix and coverage chart (facts.js)
}

// ------------------------------------------------------------------ comparison view

function markFacts(text, facts) {
  // wraps every occurrence of an only-in-one fact's surface in <mark class="only">
  const surfaces = [...new Set(facts.map(f => f.surface).filter(s => s && s.length > 0))]
    .sort((x, y) => y.length - x.length);
  const out = [];
  let i = 0;
  while (i < text.length) {
    let hit = null, at = text.length;
    for (const s of surfaces) {
      const k = text.indexOf(s, i);
      if (k >= 0 && (k < at || (k === at && hit && s.length > hit.length))) { at = k; hit = s; }
    }
    if (!hit) { out.push(text.slice(i)); break; }
    if (at > i) out.push(text.slice(i, at));
    out.push(el('mark', { class: 'only' }, hit));
    i = at + hit.length;
  }
  return out;
}

function column(side, art, partners, facts, unaligned, pairLabel, statements) {
  const dir = art.dir || (RTL.has(art.lang) ? 'rtl' : 'ltr');
  const bySentence = new Map();
  for (const f of facts) {
    if (!bySentence.has(f.sentence)) bySentence.set(f.sentence, []);
    bySentence.get(f.sentence).push(f);
  }
  const unalignedSet = new Set(unaligned);
  const sentences = art.sentences.map(s => {
    const ps = partners.get(s.index) || [];
    const cls = ['sentence', ps.length ? 'aligned' : '', unalignedSet.has(s.index) ? 'unaligned' : ''].filter(Boolean).join(' ');
    return el('span', { class: cls, 'data-side': side, 'data-index': s.index,
      'data-partners': ps.join(' '), 'data-pair': ps.length ? pairLabel(side, s.index) : null,
      tabindex: ps.length ? 0 : null }, markFacts(s.text, bySentence.get(s.index) || []));
  });
  const factItems = facts.map(f => el('li', { class: 'fact' + (f.kind === 'QUOTE' ? ' quote' : ''),
    'data-kind': f.kind, 'data-sentence': f.sentence, 'data-side': side, title: f.surface, dir: 'auto' },
    el('span', { class: 'kind' }, f.kind.toLowerCase()), f.kind === 'QUOTE' ? '“' + f.label + '”' : f.label));
  return el('section', { class: 'column', id: 'column-' + side, dir, lang: art.lang, 'data-lang': art.lang },
    el('header', {},
      el('div', { class: 'meta' }, langBadge(art.lang), langName(art.lang), art.source ? [' · ', el('bdi', {}, art.source)] : '', ' · ', el('bdi', {}, art.id)),
      art.title ? el('div', { class: 'headline', dir: 'auto' }, art.title) : null),
    el('div', { class: 'sentences' }, sentences),
    el('div', { class: 'facts', id: 'only-' + side },
      el('h3', { dir: 'ltr' }, 'Only in this article (' + facts.length + ')'),
      facts.length ? el('ul', {}, factItems) : el('p', { class: 'muted', dir: 'ltr' }, 'nothing'),
      el('h3', { dir: 'ltr' }, 'Statements only here (' + statements.length + ')'),
      el('ul', { class: 'statements', id: 'statements-' + side },
        statements.map(p => el('li', { dir: 'auto', 'data-sentence': p.sentence }, p.text)))));
}

// Rows of aligned sentences (and sentences without a partner) shown next to each other.
// A row holds each sentence's strongest partners; a weaker partner in another row is named after
// the sentence ("also ≈ B3").
function sideBySide(c) {
  const also = (side, i, row) => {
    const other = side === 'A' ? 'B' : 'A';
    const mine = side === 'A' ? row.b : row.a;
    const elsewhere = (c.links || []).filter(l => (side === 'A' ? l.a : l.b) === i)
      .map(l => side === 'A' ? l.b : l.a).filter(k => !mine.includes(k));
    return elsewhere.length ? el('span', { class: 'also', dir: 'ltr' },
      ' (also ≈ ' + elsewhere.map(k => other + (k + 1)).join(', ') + ')') : null;
  };
  const cell = (art, idx, side, row) => el('td', { dir: art.dir || 'auto', lang: art.lang },
    idx.map(i => el('p', {}, el('span', { class: 'kind' }, side + (i + 1)), ' ', art.sentences[i].text, also(side, i, row))));
  return el('table', { class: 'side-by-side', id: 'side-by-side' },
    el('thead', {}, el('tr', {}, el('th', {}, langName(c.a.lang)), el('th', {}, langName(c.b.lang)))),
    el('tbody', {}, (c.rows || []).map(r =>
      el('tr', { class: r.a.length && r.b.length ? 'pair' : 'alone' }, cell(c.a, r.a, 'A', r), cell(c.b, r.b, 'B', r)))));
}

async function renderCompare(idA, idB) {
  show(el('p', { class: 'muted' }, 'Comparing…'));
  const c = await api('/api/compare', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ idA, idB }) });
  const pa = new Map(), pb = new Map();
  for (const l of c.links) {
    if (!pa.has(l.a)) pa.set(l.a, []);
    if (!pb.has(l.b)) pb.set(l.b, []);
    pa.get(l.a).push(l.b); pb.get(l.b).push(l.a);
  }
  // the small labels: the number of the side-by-side row a sentence is in (rows of two sides only)
  const group = new Map();
  let n = 0;
  for (const r of (c.rows || [])) {
    if (!r.a.length || !r.b.length) continue;
    n++;
    for (const i of r.a) group.set('a' + i, n);
    for (const j of r.b) group.set('b' + j, n);
  }
  const label = (side, i) => '#' + group.get(side + i);
  const colA = column('a', c.a, pa, c.onlyInA, c.unalignedA, label, c.statementsOnlyInA || []);
  const colB = column('b', c.b, pb, c.onlyInB, c.unalignedB, label, c.statementsOnlyInB || []);

  const clear = () => app.querySelectorAll('.sentence.active').forEach(e => e.classList.remove('active'));
  const activate = (node) => {
    clear();
    node.classList.add('active');
    const other = node.dataset.side === 'a' ? 'b' : 'a';
    for (const p of (node.dataset.partners || '').split(' ').filter(Boolean)) {
      const q = app.querySelector('.sentence[data-side="' + other + '"][data-index="' + p + '"]');
      if (q) q.classList.add('active');
    }
  };
  for (const s of [...colA.querySelectorAll('.sentence.aligned'), ...colB.querySelectorAll('.sentence.aligned')]) {
    s.addEventListener('mouseenter', () => activate(s));
    s.addEventListener('click', () => activate(s));
    s.addEventListener('focus', () => activate(s));
  }
  for (const f of [...colA.querySelectorAll('.fact'), ...colB.querySelectorAll('.fact')]) {
    f.addEventListener('click', () => {
      clear();
      const s = app.querySelector('.sentence[data-side="' + f.dataset.side + '"][data-index="' + f.dataset.sentence + '"]');
      if (s) { s.classList.add('active'); s.scrollIntoView({ block: 'center', behavior: 'smooth' }); }
    });
  }
  const shared = c.shared.map(f => el('li', { dir: 'auto' }, f.label));
  // 34 killed against 43: each figure isolated, so an Arabic-script one keeps its place
  const differ = (c.differingFigures || []).map(d => el('li', {}, d.role + ': ',
    el('bdi', { lang: c.a.lang }, d.a.surface), ' (A) ≠ ', el('bdi', { lang: c.b.lang }, d.b.surface), ' (B)'));
  show(
    el('p', {}, el('a', { href: '#/', onclick: (ev) => { if (history.length > 1) { ev.preventDefault(); history.back(); } } }, '← back')),
    el('h1', {}, 'Coverage: ' + langName(c.a.lang) + ' vs ' + langName(c.b.lang)),
    el('div', { class: 'legend' },
      el('span', {}, el('span', { class: 'swatch swatch-aligned' }), 'said in both (hover or click to see its partner)'),
      el('span', {}, el('span', { class: 'swatch swatch-only' }), 'only in one article'),
      el('span', { id: 'link-count' }, counted(c.links.length, 'aligned sentence pair', 'aligned sentence pairs'))),
    differ.length ? el('div', {}, el('h2', {}, 'Figures that differ'), el('ul', { id: 'differing-figures' }, differ)) : null,
    shared.length ? el('div', {}, el('h2', {}, 'Both report'), el('ul', { class: 'shared' }, shared)) : null,
    el('div', { class: 'compare' }, colA, colB),
    el('h2', {}, 'Side by side'), sideBySide(c));
}

// ------------------------------------------------------------------ router

async function route() {
  const h = location.hash || '#/';
  try {
    let m;
    if ((m = h.match(/^#\/story\/([^/?]+)$/))) await renderStory(decodeURIComponent(m[1]));
    else if ((m = h.match(/^#\/compare\/([^/?]+)\/([^/?]+)$/))) await renderCompare(decodeURIComponent(m[1]), decodeURIComponent(m[2]));
    else await renderList(h.includes('?') ? h.slice(h.indexOf('?') + 1) : '');
    document.body.dataset.view = h.split('/')[1] || 'list';
    window.scrollTo(0, 0);
  } catch (err) {
    showError(err);
  }
}
window.addEventListener('hashchange', route);
route();
