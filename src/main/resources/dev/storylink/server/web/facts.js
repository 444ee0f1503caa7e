// StoryLink web page: the story's fact matrix and coverage chart (loaded before app.js, which calls
// StoryFacts.render(id, detail) after drawing a story). Plain DOM; API text goes in as textContent.
'use strict';

window.StoryFacts = (() => {
  const SVG = 'http://www.w3.org/2000/svg';
  const KIND = { NAME: 'name', PLACE: 'place', DATE: 'date', QUANTITY: 'figure', NUMBER: 'number',
    QUOTE: 'quote', EVENT_TYPE: 'event' };
  const MARK = { REPORTED: '✓', NOT_REPORTED: '·', CONFLICTING: '!' };

  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // articles per language · source per day, one line each, a dot per day sized by its count
  function chart(articles) {
    const dated = articles.filter(a => a.date);
    const groups = [...new Set(articles.map(a => a.lang + ' · ' + (a.source || 'no source')))].sort();
    if (!dated.length || !groups.length) return el('p', { class: 'muted' }, 'No dated articles to chart.');
    const day = d => Math.round(Date.parse(d + 'T00:00:00Z') / 86400000);
    const first = Math.min(...dated.map(a => day(a.date)));
    const last = Math.max(...dated.map(a => day(a.date)));
    const span = Math.max(1, last - first);
    const left = 150, right = 45, top = 10, rowH = 26, width = 640;
    const height = top + groups.length * rowH + 24;
    const x = d => left + ((day(d) - first) / span) * (width - left - right);
    const s = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, width: '100%', role: 'img',
      'aria-label': 'articles per language and source over time', id: 'coverage-chart' });
    groups.forEach((g, i) => {
      const y = top + i * rowH + rowH / 2;
      s.append(svg('line', { x1: left, x2: width - right, y1: y, y2: y, class: 'chart-grid' }));
      s.append(svg('text', { x: left - 8, y: y + 4, 'text-anchor': 'end', class: 'chart-label' }, g));
      const counts = new Map();
      articles.filter(a => a.date && a.lang + ' · ' + (a.source || 'no source') === g)
        .forEach(a => counts.set(a.date, (counts.get(a.date) || 0) + 1));
      for (const [d, n] of counts) {
        const c = svg('circle', { cx: x(d), cy: y, r: 5 + 2 * Math.min(n, 5), class: 'chart-dot', 'data-lang': g.split(' · ')[0] });
        c.append(svg('title', {}, g + ': ' + n + (n === 1 ? ' article on ' : ' articles on ') + d));
        s.append(c);
      }
    });
    const dates = [...new Set(dated.map(a => a.date))].sort();
    const ticks = dates.length <= 6 ? dates : [dates[0], dates[Math.floor(dates.length / 2)], dates[dates.length - 1]];
    ticks.forEach(d => s.append(svg('text', { x: x(d), y: height - 6, 'text-anchor': 'middle', class: 'chart-axis' }, d)));
    return s;
  }

  function cell(c, row, col, colIndex, first) {
    const surfaces = c.surfaces.length ? c.surfaces.join(' | ') : (c.state === 'REPORTED' ? '(writes a word of it)' : 'not reported');
    const text = c.state === 'CONFLICTING' ? c.values.join(', ') : MARK[c.state];
    const td = el('td', { class: 'cell ' + c.state.toLowerCase() + (first ? ' first' : ''), 'data-state': c.state,
      title: col.articleId + ': ' + surfaces, tabindex: 0 }, text);
    td.addEventListener('click', () => {
      const open = td.querySelector('.surface');
      if (open) { open.remove(); return; }
      td.append(el('span', { class: 'surface', dir: 'auto', lang: col.lang }, surfaces));
    });
    return td;
  }

  function table(m, filter) {
    const cols = m.columns;
    const langs = [];
    cols.forEach(c => { const l = langs[langs.length - 1]; if (l && l.lang === c.lang) l.n++; else langs.push({ lang: c.lang, n: 1 }); });
    const head1 = el('tr', {}, el('th', { rowspan: 2, class: 'fact-head' }, 'Fact'),
      langs.map(l => el('th', { colspan: l.n, class: 'lang-group' }, langBadge(l.lang), langName(l.lang))));
    const head2 = el('tr', {}, cols.map((c, i) => el('th', { class: 'article-head', title: c.title || c.articleId },
      el('span', { class: 'col-no' }, String(i + 1)), ' ', c.source || c.articleId, el('div', { class: 'muted' }, c.date || 'undated'))));
    const rows = m.rows.filter(r => filter === 'all' || (filter === 'conflicts' ? r.conflicting : r.onlyOutlet));
    const body = rows.map(r => el('tr', { class: 'fact-row' + (r.conflicting ? ' conflict' : '') + (r.onlyOutlet ? ' only' : ''), 'data-key': r.key },
      el('th', { class: 'fact-label', scope: 'row' },
        el('span', { class: 'kind' }, KIND[r.kind] || r.kind),
        el('span', { dir: 'auto' }, r.label), r.speaker ? el('span', { class: 'muted' }, ' — ', el('bdi', {}, r.speaker)) : null,
        r.conflicting ? el('span', { class: 'badge badge-conflict' }, 'conflict') : null,
        r.onlyOutlet ? el('span', { class: 'badge badge-only' }, 'only ', el('bdi', {}, r.onlyOutlet)) : null),
      r.cells.map((c, i) => cell(c, r, cols[i], i, cols[i].articleId === r.firstReportedBy))));
    return el('div', { class: 'matrix-wrap' }, el('table', { class: 'matrix', id: 'fact-matrix' },
      el('thead', {}, head1, head2), el('tbody', {}, body)));
  }

  async function render(id, detail) {
    const slot = el('section', { id: 'facts' }, el('h2', {}, 'Coverage over time'),
      el('div', { class: 'chart-wrap' }, chart(detail.articles)),
      el('h2', {}, 'Facts'), el('p', { class: 'muted' }, 'Loading facts…'));
    app.append(slot);
    let m;
    try {
      const res = await fetch('/api/stories/' + encodeURIComponent(id) + '/facts');
      m = await res.json();
      if (!res.ok) throw new Error(m.error || 'HTTP ' + res.status);
    } catch (err) {
      slot.lastChild.replaceWith(el('p', { class: 'error' }, 'Facts: ' + (err.message || err)));
      return;
    }
    if (!slot.isConnected) return;
    const conflicts = m.rows.filter(r => r.conflicting).length;
    const only = m.rows.filter(r => r.onlyOutlet);
    let holder = el('div', {}, table(m, 'all'));
    const pick = (f) => { const t = table(m, f); holder.replaceChildren(t); };
    const filters = el('div', { class: 'fact-filters', role: 'group' },
      ['all', 'conflicts', 'only one outlet'].map(f => el('label', {},
        el('input', { type: 'radio', name: 'fact-filter', value: f, checked: f === 'all', onchange: () => pick(f === 'only one outlet' ? 'only' : f) }), f)));
    const firstOf = Object.fromEntries(m.columns.map((c, i) => [c.articleId, i + 1]));
    slot.lastChild.replaceWith(
      el('p', { id: 'fact-summary' }, (m.storyArticles > m.columns.length ? 'Facts of ' + m.columns.length + ' of the story\'s ' + m.storyArticles +
        ' articles (the first of each language, then of each outlet). ' : '') + m.rows.length + ' facts, ' + conflicts + (conflicts === 1 ? ' conflict, ' : ' conflicts, ') +
        only.length + ' only in one outlet. ✓ reported, · not reported, ! conflicting value; the first report is outlined; hover or tap a cell for the words each article uses.'),
      filters, holder,
      el('h3', {}, 'Only one outlet reports'),
      only.length ? el('ul', { class: 'only-list', id: 'only-list' }, only.map(r => el('li', {},
        el('span', { class: 'kind' }, KIND[r.kind]), el('span', { dir: 'auto' }, r.label), ' — ', el('bdi', {}, r.onlyOutlet), ' [' + firstOf[r.firstReportedBy] + ']'))) : el('p', { class: 'muted' }, 'none'),
      el('h3', {}, 'Sentences that align with nothing (' + m.comparedPairs + ' of ' + m.possiblePairs + ' article pairs aligned)'),
      m.unaligned.length ? el('ul', { class: 'unaligned-list', id: 'unaligned-list' }, m.unaligned.map(u => el('li', { dir: 'auto' },
        el('span', { class: 'col-no' }, String(firstOf[u.articleId])), ' ', u.text))) : el('p', { class: 'muted' }, 'none'));
  }

  return { render };
})();
