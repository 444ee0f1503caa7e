// StoryLink live mode: the feeds view (#/feeds: feed health, watch a feed, add an article by URL or
// text) and the live story list (re-rendered when the store grows). Loaded after app.js; plain DOM,
// all API text inserted with textContent.
'use strict';
(() => {
  const POLL_MS = 1000;
  const head = document.head;
  head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/monitor.css' }));

  const h = el; // app.js's element builder (loaded before this file)

  const appMain = document.getElementById('app');
  const live = h('main', { id: 'live', hidden: true, 'aria-live': 'polite' });
  appMain.after(live);
  const status = h('span', { id: 'live-status', class: 'live-status' });
  const top = document.querySelector('header.top');
  top.append(h('nav', { class: 'live-nav' }, h('a', { href: '#/' }, 'Stories'), h('a', { href: '#/feeds', id: 'feeds-link' }, 'Feeds & add'), status));

  let lastArticles = null;
  let feedsView = null; // the rendered feeds view while it is shown

  async function call(path, options) {
    const res = await fetch(path, options);
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (!res.ok) throw new Error((body && body.error) || ('HTTP ' + res.status));
    return body;
  }
  const post = (path, value) => call(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value) });

  const isFeeds = () => (location.hash || '#/').startsWith('#/feeds');
  const isList = () => { const x = location.hash || '#/'; return x === '#/' || x === '#' || x.startsWith('#/?'); };
  const when = (iso) => iso ? new Date(iso).toLocaleTimeString('en-GB', { hour12: false }) : '—';

  function show() {
    const feeds = isFeeds();
    live.hidden = !feeds;
    appMain.hidden = feeds;
    if (feeds && !feedsView) renderFeeds();
    if (!feeds) feedsView = null;
  }

  function message(form, text, ok) {
    const m = form.querySelector('.form-message');
    m.textContent = text;
    m.className = 'form-message ' + (ok ? 'ok' : 'error');
  }

  function form(id, label, fields, button, submit) {
    const f = h('form', { id, class: 'card add-form', onsubmit: async (ev) => {
      ev.preventDefault();
      const b = f.querySelector('button');
      b.disabled = true;
      try { message(f, await submit(new FormData(f)), true); f.reset(); }
      catch (e) { message(f, String(e.message || e), false); }
      finally { b.disabled = false; tick(); }
    } }, h('h2', {}, label), fields, h('button', { type: 'submit' }, button), h('p', { class: 'form-message', role: 'status' }));
    return f;
  }

  const added = (r) => r.added.length
    ? 'added ' + r.added.map(a => a.id).join(', ') + (r.added.some(a => a.duplicate) ? ' (near-duplicate)' : '')
    : 'nothing added';

  function renderFeeds() {
    const table = h('table', { id: 'feeds', class: 'feeds' },
      h('thead', {}, h('tr', {}, ['Feed', 'State', 'Last fetch', 'Items', 'New', 'Ingested', 'Seen', 'Errors', 'Rejected', 'Last error', 'Next poll'].map(t => h('th', {}, t)))),
      h('tbody'));
    feedsView = { table };
    live.replaceChildren(
      h('h1', {}, 'Feeds'),
      h('p', { class: 'muted', id: 'feeds-summary' }, 'Loading…'),
      table,
      h('div', { class: 'add-forms' },
        form('add-feed', 'Watch a feed', h('label', {}, 'RSS or Atom URL', h('input', { name: 'url', type: 'url', required: true, placeholder: 'https://…/feed.xml' })),
          'Watch', async (d) => { const r = await post('/api/feeds', { url: d.get('url') }); return 'watching ' + r.location; }),
        form('add-url', 'Add an article by URL', h('label', {}, 'Page URL', h('input', { name: 'url', type: 'url', required: true, placeholder: 'https://…/story.html' })),
          'Add page', async (d) => added(await post('/api/ingest/url', { url: d.get('url') }))),
        form('add-text', 'Add an article by text', [
          h('label', {}, 'Title', h('input', { name: 'title', dir: 'auto' })),
          h('label', {}, 'Text', h('textarea', { name: 'text', rows: 5, required: true, dir: 'auto' }))],
          'Add text', async (d) => {
            const a = { text: d.get('text') };
            if (String(d.get('title') || '').trim()) a.title = d.get('title');
            return added(await post('/api/articles', a));
          })));
    tick();
  }

  // Why a feed's items were refused, and its last fetch error: a row under the feed's, folded in a
  // <details> whose open state survives the re-render every second. Every text is the feed's own
  // (item URLs and titles, reasons): inserted as text, a link only for an http(s) URL.
  const openDetails = new Set();
  function detailRow(f) {
    const rejections = f.recentRejections || [];
    const fetchError = f.state === 'error' ? null : f.lastFetchError; // failing now: see Last error
    if (!rejections.length && !fetchError) return null;
    const refused = rejections.filter(r => !r.kept).length;
    const parts = [];
    if (rejections.length) parts.push(rejections.length + ' recent rejection' + (rejections.length === 1 ? '' : 's') + ' (' + refused + ' not stored)');
    if (fetchError) parts.push('last failed fetch ' + when(fetchError.at) + ': ' + fetchError.reason);
    const d = h('details', { class: 'rejections', open: openDetails.has(f.location),
      ontoggle: () => { if (d.open) openDetails.add(f.location); else openDetails.delete(f.location); } },
      h('summary', {}, parts.join(' · ')),
      h('ul', {}, rejections.map(r => h('li', { class: r.kept ? 'kept' : 'refused' },
        h('span', { class: 'when' }, when(r.at)),
        ' ',
        safeUrl(r.item) ? h('a', { href: r.item, rel: 'noopener noreferrer', class: 'item', dir: 'auto' }, r.item) : h('span', { class: 'item', dir: 'auto' }, r.item),
        ' — ',
        h('span', { class: 'reason', dir: 'auto' }, r.reason),
        r.kept ? h('span', { class: 'muted' }, ' (stored without it)') : ' (not stored)'))));
    return h('tr', { class: 'feed-detail', 'data-location': f.location }, h('td', { colspan: 11 }, d));
  }

  function fillFeeds(data) {
    if (!feedsView) return;
    document.getElementById('feeds-summary').textContent = data.live
      ? data.feeds.length + ' feeds watched · store: ' + data.store.articles + ' articles, ' + data.store.stories + ' stories'
      : 'read-only server: no feeds are watched';
    const rows = data.feeds.flatMap(f => [h('tr', { class: 'feed state-' + f.state, 'data-location': f.location, 'data-state': f.state },
      h('td', { class: 'feed-name' }, h('span', { class: 'title', dir: 'auto' }, f.title || '(untitled)'), h('span', { class: 'location' }, f.location)),
      h('td', {}, h('span', { class: 'state' }, f.state)),
      h('td', {}, when(f.lastFetch)),
      h('td', { class: 'num' }, f.itemsInFeed),
      h('td', { class: 'num' }, f.newItems),
      h('td', { class: 'num ingested' }, f.ingested),
      h('td', { class: 'num' }, f.duplicates),
      h('td', { class: 'num errors' }, f.errors),
      h('td', { class: 'num rejected' }, f.rejected),
      h('td', { class: 'last-error' }, f.lastError || ''),
      h('td', {}, when(f.nextPoll))), detailRow(f)].filter(Boolean));
    feedsView.table.tBodies[0].replaceChildren(...rows);
  }

  async function tick() {
    let data;
    try { data = await call('/api/feeds'); } catch (e) { status.textContent = 'offline'; return; }
    status.textContent = data.store.articles + ' articles · ' + data.store.stories + ' stories' + (data.live ? ' · live' : '');
    if (isFeeds()) fillFeeds(data);
    const n = data.store.articles;
    if (lastArticles !== null && n !== lastArticles && isList()) {
      const busy = appMain.contains(document.activeElement) && /INPUT|SELECT|TEXTAREA/.test(document.activeElement.tagName);
      if (!busy) window.dispatchEvent(new HashChangeEvent('hashchange'));
      else return; // re-render once the reader leaves the form
    }
    lastArticles = n;
  }

  window.addEventListener('hashchange', show);
  show();
  setInterval(tick, POLL_MS);
  tick();
})();
