// A local news server for the live-mode e2e test (never the internet): two good RSS feeds that
// publish new items when told (POST /control/publish), article pages with JSON-LD dates, and four
// bad feeds (500, a timeout, malformed XML, a 50 MB body). Answers conditional GETs with 304.
// Usage: node e2e/feed-server.mjs PORTFILE   (listens on a free 127.0.0.1 port, writes it to PORTFILE)
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';

// Invented events and outlets (.example hosts), written for this test.
const EVENTS = [
  {
    key: 'fire', date: '2025-06-03',
    en: { title: 'Wildfire near Marseille forces 1,200 people to leave their homes',
      text: ['A wildfire fanned by strong Mistral winds spread through forests near Marseille on Tuesday, officials said.',
        'About 1,200 residents of Les Pennes-Mirabeau were evacuated and 350 firefighters were fighting the flames.',
        'Prefect Christophe Mirmand said four water bombers from Nimes were dropping water on the fire.',
        'Trains between Marseille and Aix-en-Provence were halted and the A7 motorway was closed.'] },
    de: { title: 'Waldbrand bei Marseille: 1200 Menschen müssen ihre Häuser verlassen',
      text: ['Ein vom Mistral angefachter Waldbrand hat sich am Dienstag in den Wäldern bei Marseille ausgebreitet.',
        'Rund 1200 Bewohner von Les Pennes-Mirabeau wurden in Sicherheit gebracht, 350 Feuerwehrleute kämpften gegen die Flammen.',
        'Präfekt Christophe Mirmand sagte, vier Löschflugzeuge aus Nimes seien im Einsatz.',
        'Der Zugverkehr zwischen Marseille und Aix-en-Provence wurde eingestellt, die Autobahn A7 gesperrt.'] },
  },
  {
    key: 'strike', date: '2025-06-05',
    en: { title: 'Dockworkers strike halts container traffic at the port of Rotterdam',
      text: ['Dockworkers at the port of Rotterdam began a 48-hour strike on Thursday, halting container traffic at Maasvlakte.',
        'The FNV union said 4,000 workers demand a wage increase of 7 percent and earlier retirement.',
        'Port director Boudewijn Siemons said more than 60 ships were waiting off the Dutch coast.',
        'Shipping companies Maersk and MSC diverted vessels to Antwerp and Hamburg.'] },
    de: { title: 'Hafenarbeiter legen Containerverkehr im Hafen von Rotterdam lahm',
      text: ['Die Hafenarbeiter in Rotterdam haben am Donnerstag einen 48-stündigen Streik begonnen, der Containerverkehr an der Maasvlakte steht still.',
        'Die Gewerkschaft FNV sagte, 4000 Beschäftigte forderten 7 Prozent mehr Lohn und einen früheren Ruhestand.',
        'Hafendirektor Boudewijn Siemons sagte, mehr als 60 Schiffe warteten vor der niederländischen Küste.',
        'Die Reedereien Maersk und MSC leiteten Schiffe nach Antwerpen und Hamburg um.'] },
  },
];
// A page no feed links to: the page's "add by URL" form adds it (a feed item's own page is
// already stored, and every ingest path skips it as a repeat of its URL).
const PAGE_ONLY = [
  {
    key: 'bridge', date: '2025-06-07',
    en: { title: 'Old bridge over the Loire in Nantes closed after cracks were found',
      text: ['Engineers closed the Anne de Bretagne bridge in Nantes on Saturday after finding cracks in two of its piers.',
        'The city said 30,000 vehicles cross the bridge every day and buses would be diverted for at least three weeks.'] },
  },
];
const FEEDS = { 'wire.xml': { lang: 'en', title: 'Wire Service', host: 'wire.example' },
  'zeitung.xml': { lang: 'de', title: 'Die Zeitung', host: 'zeitung.example' },
  'extra.xml': { lang: 'en', title: 'Extra Wire', host: 'extra.example' } };

let published = 1; // events visible in the feeds
let version = 1;
const stats = { requests: {}, notModified: {} };
let base = '';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const rfc822 = (d) => new Date(d + 'T09:00:00Z').toUTCString();

function rss(name) {
  const f = FEEDS[name];
  const events = name === 'extra.xml' ? [] : EVENTS.slice(0, published);
  const items = events.map(e => {
    const a = e[f.lang];
    return `<item><title>${esc(a.title)}</title><link>${base}/pages/${e.key}-${f.lang}.html</link>`
      + `<guid isPermaLink="false">${f.host}/${e.key}-${f.lang}</guid><pubDate>${rfc822(e.date)}</pubDate>`
      + `<description>${esc(a.text[0])}</description></item>`;
  }).join('\n');
  const extra = name === 'extra.xml'
    ? `<item><title>Extra: harbour reopens</title><guid isPermaLink="false">extra.example/1</guid><pubDate>${rfc822('2025-06-06')}</pubDate><description>The harbour of Extra Town reopened on Friday after a week of repairs, the mayor said.</description></item>`
      // a malformed entry (neither title nor text) whose link is markup: listed with its reason, as text
      + `<item><guid isPermaLink="false">extra.example/2</guid><link>${esc('https://extra.example/<img src=x onerror="window.__xss=1">')}</link></item>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${f.title}</title>`
    + `<link>https://${f.host}/</link><language>${f.lang}</language>\n${items}${extra}\n</channel></rss>\n`;
}

function page(key, lang) {
  const e = EVENTS.concat(PAGE_ONLY).find(x => x.key === key);
  if (!e || !e[lang]) return null;
  const a = e[lang];
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: a.title, datePublished: e.date + 'T09:00:00Z' });
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(a.title)}</title>`
    + `<script type="application/ld+json">${ld}</script></head><body><nav><a href="/">Home</a> · <a href="/world">World</a></nav>`
    + `<article><h1>${esc(a.title)}</h1>${a.text.map(p => `<p>${esc(p)}</p>`).join('')}</article>`
    + `<footer>© ${FEEDS[lang === 'en' ? 'wire.xml' : 'zeitung.xml'].host}</footer></body></html>`;
}

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const path = url.pathname.replace(/^\//, '');
  stats.requests[path] = (stats.requests[path] || 0) + 1;
  if (req.method === 'POST' && path === 'control/publish') {
    published = Math.min(EVENTS.length, published + 1);
    version++;
    res.writeHead(200, { 'Content-Type': 'application/json' });
    return res.end(JSON.stringify({ published }));
  }
  if (path === 'control/stats') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    return res.end(JSON.stringify(stats));
  }
  if (FEEDS[path]) {
    const etag = `"${path}-v${version}"`;
    if (req.headers['if-none-match'] === etag) {
      stats.notModified[path] = (stats.notModified[path] || 0) + 1;
      res.writeHead(304, { ETag: etag });
      return res.end();
    }
    res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', ETag: etag });
    return res.end(rss(path));
  }
  let m;
  if ((m = path.match(/^pages\/([a-z]+)-([a-z]{2})\.html$/))) {
    const html = page(m[1], m[2]);
    if (html) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(html);
    }
  }
  if (path === 'broken.xml') {
    res.writeHead(500, { 'Content-Type': 'text/plain' });
    return res.end('internal error');
  }
  if (path === 'slow.xml') {
    return; // never answers: the poller's deadline must cut it
  }
  if (path === 'malformed.xml') {
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
    return res.end('<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>unclosed</channel>');
  }
  if (path === 'huge.xml') {
    // 50 MB, chunked (no Content-Length): the poller must stop reading at its limit
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < 50) {
        sent++;
        if (!res.write(chunk)) { res.once('drain', pump); return; }
      }
      res.end();
    };
    res.on('error', () => {});
    return pump();
  }
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('not found');
});
server.listen(0, '127.0.0.1', () => {
  base = 'http://127.0.0.1:' + server.address().port;
  writeFileSync(process.argv[2], String(server.address().port));
  console.log('feed server on ' + base);
});
