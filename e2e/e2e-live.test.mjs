// End-to-end test of live mode: `storylink serve --feeds` watching the local news server of
// feed-server.mjs (FEED_URL), in Debian's chromium driven by playwright-core. e2e/run.sh sets it up.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const BASE = process.env.BASE_URL;
const FEEDS = process.env.FEED_URL;
const SHOTS = resolve(process.env.SCREENSHOT_DIR || 'docs/screenshots');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const sleep = (ms) => new Promise(r => setTimeout(r, ms));
async function until(what, fn, ms = 60_000) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    try { if (await fn()) return; } catch (e) { last = e; }
    if (Date.now() > deadline) throw new Error('not within ' + ms / 1000 + ' s: ' + what + (last ? ' (' + last.message + ')' : ''));
    await sleep(250);
  }
}
const json = async (url, options) => (await fetch(url, options)).json();

let failures = 0;
async function step(name, fn) {
  try {
    await fn();
    console.log('ok   ' + name);
  } catch (e) {
    failures++;
    console.log('FAIL ' + name + '\n     ' + String(e.message || e).split('\n').join('\n     '));
  }
}

await until('server up', async () => (await fetch(BASE + '/api/feeds')).ok, 90_000);
mkdirSync(SHOTS, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'storylink-e2e-live-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM, headless: true, args: ARGS,
  viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, locale: 'en-US',
});
const page = context.pages()[0] || await context.newPage();
const consoleErrors = [];
page.on('console', m => { if (m.type() === 'error') consoleErrors.push(m.text()); });
page.on('pageerror', e => consoleErrors.push(String(e)));
const row = (feed) => page.locator(`#feeds tr.feed[data-location="${FEEDS}/${feed}"]`);
const card = (text) => page.locator('#stories li.story', { hasText: text });
async function langsOf(text) {
  return (await card(text).locator('.lang').allTextContents()).map(s => s.trim()).sort();
}

try {
  await page.goto(BASE + '/', { waitUntil: 'networkidle' });
  await page.evaluate(() => { window.__notReloaded = true; });

  await step('the first feed items show as one story in English and German', async () => {
    await until('the Marseille story', async () => (await card('Marseille').count()) === 1);
    // the two feeds are polled on their own schedules: the second article may come a poll later
    await until('both languages', async () => (await langsOf('Marseille')).join() === 'de,en');
    assert.match(await card('Marseille').textContent(), /2 articles/);
    assert.equal(await page.locator('#stories li.story').count(), 1);
    const sources = await card('Marseille').locator('.sources').textContent();
    assert.ok(sources.includes('Wire Service') && sources.includes('Die Zeitung'), sources);
  });

  await step('the feeds page reports each bad feed with its own error', async () => {
    await page.click('#feeds-link');
    await page.waitForSelector('#feeds tr.feed');
    assert.equal(await page.locator('#feeds tr.feed').count(), 6);
    const expected = { 'broken.xml': /HTTP status 500/, 'slow.xml': /timed out/,
      'malformed.xml': /not a valid RSS or Atom feed/, 'huge.xml': /limit/ };
    for (const [feed, error] of Object.entries(expected)) {
      await until(feed + ' in error', async () => (await row(feed).getAttribute('data-state')) === 'error');
      assert.match(await row(feed).locator('.last-error').textContent(), error, feed);
    }
    for (const feed of ['wire.xml', 'zeitung.xml']) {
      assert.match(await row(feed).getAttribute('data-state'), /^(ok|not-modified)$/, feed);
      assert.equal((await row(feed).locator('.ingested').textContent()).trim(), '1', feed);
      assert.equal((await row(feed).locator('.errors').textContent()).trim(), '0', feed);
    }
  });

  await step('unchanged feeds are fetched with conditional GETs (304)', async () => {
    await until('a 304', async () => {
      const stats = await json(FEEDS + '/control/stats');
      return (stats.notModified['wire.xml'] || 0) > 0 && (stats.notModified['zeitung.xml'] || 0) > 0;
    });
    const wire = (await json(BASE + '/api/feeds')).feeds.find(f => f.location.endsWith('/wire.xml'));
    assert.ok(wire.notModified > 0, 'the server counts its 304s: ' + wire.notModified);
  });

  await step('items published later appear, clustered, without reloading the page', async () => {
    await page.click('.live-nav a[href="#/"]');
    await page.waitForSelector('#stories li.story');
    const r = await fetch(FEEDS + '/control/publish', { method: 'POST' });
    assert.equal(r.status, 200);
    await until('the Rotterdam story', async () => (await card('Rotterdam').count()) === 1);
    await until('both languages', async () => (await langsOf('Rotterdam')).join() === 'de,en');
    assert.match(await card('Rotterdam').textContent(), /2 articles/);
    assert.equal(await page.locator('#stories li.story').count(), 2);
    assert.equal(await page.evaluate(() => window.__notReloaded), true, 'same page, no reload');
    await page.screenshot({ path: join(SHOTS, 'live.png'), fullPage: true });
  });

  await step('the page adds an article by text, by URL, and a new feed', async () => {
    await page.click('#feeds-link');
    await page.waitForSelector('#add-text');
    await page.fill('#add-text input[name=title]', 'Harbour of Genoa closed by a storm');
    await page.fill('#add-text textarea[name=text]', 'A storm with winds of 120 km/h closed the harbour of Genoa on Friday, the port authority said. Ferries to Sardinia and Corsica were cancelled and 40 ships waited outside the port.');
    await page.click('#add-text button');
    await until('text added', async () => /^added /.test(await page.locator('#add-text .form-message.ok').textContent()));

    await page.fill('#add-url input[name=url]', FEEDS + '/pages/bridge-en.html');
    await page.click('#add-url button');
    await until('page added', async () => /^added .*bridge-en\.html/.test(await page.locator('#add-url .form-message.ok').textContent()));

    await page.fill('#add-feed input[name=url]', FEEDS + '/extra.xml');
    await page.click('#add-feed button');
    await until('feed watched', async () => /^watching /.test(await page.locator('#add-feed .form-message.ok').textContent()));
    await until('extra feed read', async () => (await row('extra.xml').locator('.ingested').textContent()).trim() === '1');
    assert.equal((await row('extra.xml').locator('.title').textContent()).trim(), 'Extra Wire');
    // its malformed entry is listed under it, with the reason, as text (its link is markup)
    const detail = page.locator(`#feeds tr.feed-detail[data-location="${FEEDS}/extra.xml"]`);
    await until('extra rejection listed', async () => (await detail.count()) === 1);
    await detail.locator('summary').click();
    const item = detail.locator('li.refused');
    assert.equal((await item.locator('.item').textContent()).trim(), 'https://extra.example/<img src=x onerror="window.__xss=1">');
    assert.equal((await item.locator('.reason').textContent()).trim(), 'entry has neither title nor text');
    assert.equal(await detail.locator('img').count(), 0);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    await page.waitForTimeout(1500); // re-rendered by the next poll of /api/feeds: still open
    assert.equal(await detail.locator('details').getAttribute('open'), '');
    // a feed failing now has its error in the row itself, not again under it
    assert.equal(await page.locator(`#feeds tr.feed-detail[data-location="${FEEDS}/broken.xml"]`).count(), 0);

    await page.fill('#add-feed input[name=url]', FEEDS + '/extra.xml');
    await page.click('#add-feed button');
    await until('duplicate refused', async () => /already watched/.test(await page.locator('#add-feed .form-message.error').textContent()));
  });

  await step('nothing stopped: the bad feeds are retried with backoff, the page still serves', async () => {
    const feeds = (await json(BASE + '/api/feeds')).feeds;
    const broken = feeds.find(f => f.location.endsWith('/broken.xml'));
    assert.ok(broken.errors >= 2, 'retried: ' + broken.errors);
    assert.ok(new Date(broken.nextPoll) - new Date(broken.lastFetch) >= 2000, 'backing off');
    const stories = await json(BASE + '/api/stories');
    assert.ok(stories.items.length >= 4, 'stories: ' + stories.items.map(s => s.headline).join(' | '));
    await page.screenshot({ path: join(SHOTS, 'feeds.png'), fullPage: true });
  });

  await step('no script errors in the page', async () => {
    const real = consoleErrors.filter(e => !e.includes('404') && !e.includes('409') && !e.includes('Conflict'));
    assert.deepEqual(real, []);
  });
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

if (failures) {
  console.log(failures + ' live e2e step(s) failed');
  process.exit(1);
}
console.log('live e2e passed; screenshots in ' + SHOTS);
