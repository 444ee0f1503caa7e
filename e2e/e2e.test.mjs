// End-to-end test of the StoryLink web page in Debian's chromium, driven by playwright-core.
// Expects a server with the fixture articles at BASE_URL (e2e/run.sh sets that up).
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const BASE = process.env.BASE_URL || 'http://127.0.0.1:8080';
const SHOTS = resolve(process.env.SCREENSHOT_DIR || 'docs/screenshots');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function waitForServer() {
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      const r = await fetch(BASE + '/api/stories');
      if (r.ok) return;
    } catch (e) { /* not up yet */ }
    if (Date.now() > deadline) throw new Error('server at ' + BASE + ' did not come up');
    await new Promise(r => setTimeout(r, 500));
  }
}

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

await waitForServer();
mkdirSync(SHOTS, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'storylink-e2e-profile-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM, headless: true, args: ARGS,
  viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, locale: 'en-US',
});
const page = context.pages()[0] || await context.newPage();
const consoleErrors = [];
page.on('console', m => { if (m.type() === 'error') consoleErrors.push(m.text()); });
page.on('pageerror', e => consoleErrors.push(String(e)));

try {
  await page.goto(BASE + '/', { waitUntil: 'networkidle' });

  await step('story list shows both stories with their languages and sources', async () => {
    await page.waitForSelector('#stories li.story');
    const cards = page.locator('#stories li.story');
    assert.equal(await cards.count(), 2);
    const quake = cards.filter({ hasText: 'Izmir' });
    assert.equal(await quake.count(), 1);
    const langs = await quake.locator('.lang').allTextContents();
    assert.deepEqual(langs.map(s => s.trim()).sort(), ['ar', 'de', 'en', 'fa']);
    const sources = await quake.locator('.sources').textContent();
    for (const s of ['wire.example', 'zeitung.example', 'akhbar.example', 'khabar.example']) {
      assert.ok(sources.includes(s), 'source ' + s + ' listed');
    }
    assert.match(await quake.textContent(), /4 articles/);
    // each source isolated (an Arabic outlet next to a Persian one keeps the list's order)
    assert.equal(await quake.locator('.sources bdi').count(), 4);
    // absent parts of the page (no undated note here) are left out, not written as 'null'
    const stray = await page.evaluate(() => [...document.getElementById('app').childNodes]
      .filter(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim()).map(n => n.textContent));
    assert.deepEqual(stray, []);
  });

  await step('text search in another script finds the story', async () => {
    await page.fill('input[name=q]', 'أردوغان');
    await page.click('form.filters button');
    await page.waitForFunction(() => document.querySelectorAll('#stories li.story').length === 1);
    assert.match(await page.locator('#stories').textContent(), /Izmir/);
    await page.goto(BASE + '/#/', { waitUntil: 'networkidle' });
    await page.waitForSelector('#stories li.story');
  });

  await step('story view lists languages and a dated timeline of four articles', async () => {
    await page.locator('#stories li.story', { hasText: 'Izmir' }).locator('a.headline').click();
    await page.waitForSelector('#timeline li');
    const langs = await page.locator('#story-languages').textContent();
    for (const l of ['Arabic', 'Persian', 'English', 'German']) assert.ok(langs.includes(l), l + ' listed');
    const items = page.locator('#timeline li');
    assert.equal(await items.count(), 4);
    const dates = await items.locator('.date').allTextContents();
    assert.deepEqual(dates, [...dates].sort(), 'timeline in date order');
    assert.equal(dates[3], '2025-03-05');
    assert.equal(await page.locator('#story-sources bdi').count(), 4);
    const faTitle = page.locator('#timeline li[data-lang="fa"] .title');
    assert.equal(await faTitle.evaluate(e => getComputedStyle(e).direction), 'rtl');
    await page.screenshot({ path: join(SHOTS, 'story.png'), fullPage: true });
  });

  await step('comparison of English and Persian coverage', async () => {
    await page.check('#timeline li[data-article="quake-en"] input[type=checkbox]');
    await page.check('#timeline li[data-article="quake-fa"] input[type=checkbox]');
    await page.click('#compare-button');
    await page.waitForSelector('#column-a .sentence');
    // directions: English left-to-right, Persian right-to-left
    assert.equal(await page.locator('#column-a').getAttribute('dir'), 'ltr');
    assert.equal(await page.locator('#column-b').getAttribute('dir'), 'rtl');
    assert.equal(await page.locator('#column-b .sentence').first().evaluate(e => getComputedStyle(e).direction), 'rtl');
    assert.equal(await page.locator('#column-a .sentence').first().evaluate(e => getComputedStyle(e).direction), 'ltr');
    // aligned sentences are highlighted, and hovering one highlights its partner
    const aligned = page.locator('#column-a .sentence.aligned');
    assert.ok(await aligned.count() >= 3, 'at least three aligned sentences');
    const casualties = page.locator('#column-a .sentence.aligned', { hasText: '230' });
    await casualties.hover();
    const partner = page.locator('#column-b .sentence.active');
    assert.equal(await partner.count(), 1);
    assert.match(await partner.textContent(), /۲۳۰/);
    assert.ok((await casualties.getAttribute('class')).includes('active'));
    const bg = await partner.evaluate(e => getComputedStyle(e).backgroundColor);
    assert.notEqual(bg, 'rgba(0, 0, 0, 0)', 'partner visibly highlighted');
    // only-in-one facts
    const onlyFa = await page.locator('#only-b .fact').allTextContents();
    assert.ok(onlyFa.some(t => t.includes('30')), 'Persian-only figure 30: ' + onlyFa);
    assert.ok(onlyFa.some(t => t.includes('Iran')), 'Persian-only place Iran: ' + onlyFa);
    // a statement only the English reports (the quote is a statement, not a fact)
    const onlyEn = await page.locator('#statements-a li').allTextContents();
    assert.ok(onlyEn.some(t => t.includes('We will not leave anyone under the rubble')), 'English-only statement: ' + onlyEn);
    // aligned partners side by side, not only on hover
    const pairRows = page.locator('#side-by-side tr.pair');
    assert.ok(await pairRows.count() >= 1, 'at least one row of partners side by side');
    assert.match(await pairRows.filter({ hasText: '230' }).first().textContent(), /۲۳۰/);
    assert.ok(await page.locator('#column-b mark.only', { hasText: '۳۰' }).count() >= 1, '۳۰ marked in the Persian text');
    const strayText = await page.evaluate(() => [...document.getElementById('app').childNodes]
      .filter(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim()).map(n => n.textContent));
    assert.deepEqual(strayText, [], 'no stray text (such as null) in the comparison');
    // the aligned Erdogan sentence, hovered, for the screenshot
    await page.locator('#column-a .sentence.aligned', { hasText: 'Erdogan' }).first().hover();
    await page.screenshot({ path: join(SHOTS, 'compare.png'), fullPage: true });
  });

  await step('Arabic and Persian side by side are both right-to-left', async () => {
    await page.goto(BASE + '/#/compare/quake-ar/quake-fa', { waitUntil: 'networkidle' });
    await page.waitForSelector('#column-a .sentence.aligned');
    assert.equal(await page.locator('#column-a').evaluate(e => getComputedStyle(e).direction), 'rtl');
    assert.equal(await page.locator('#column-b').evaluate(e => getComputedStyle(e).direction), 'rtl');
    const first = page.locator('#column-b .sentence.aligned').first();
    await first.click();
    assert.ok(await page.locator('#column-a .sentence.active').count() >= 1, 'click highlights the Arabic partner');
  });

  await step('fact matrix of a story with a conflicting figure and a conflicting date', async () => {
    // a composed story (bus crash; English, Arabic, Persian) whose Persian article gives 27 injured
    // (the others 20) and 24 Esfand 1403 = 14 March 2025 (the others 15 March)
    const crash = JSON.parse(readFileSync(resolve('src/test/resources/fixtures/facts/crash.json'), 'utf8'));
    const posted = await fetch(BASE + '/api/articles', { method: 'POST',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(crash) });
    assert.equal(posted.status, 201);
    const storyIds = new Set((await posted.json()).added.map(a => a.storyId));
    assert.equal(storyIds.size, 1, 'the three articles make one story');
    const storyId = [...storyIds][0];
    const api = await (await fetch(BASE + '/api/stories/' + encodeURIComponent(storyId) + '/facts')).json();
    assert.deepEqual(api.rows.filter(r => r.conflicting).map(r => r.key).sort(), ['date:event', 'quantity:injured']);

    await page.goto(BASE + '/#/story/' + encodeURIComponent(storyId), { waitUntil: 'networkidle' });
    await page.waitForSelector('#fact-matrix tbody tr');
    const conflictRows = page.locator('#fact-matrix tr.conflict');
    assert.equal(await conflictRows.count(), 2);
    const injured = page.locator('#fact-matrix tr[data-key="quantity:injured"]');
    const cells = injured.locator('td.cell');
    const states = await cells.evaluateAll(tds => tds.map(td => td.dataset.state));
    assert.deepEqual(states, ['CONFLICTING', 'CONFLICTING', 'CONFLICTING']);
    const fa = cells.nth(2);
    assert.equal((await fa.textContent()).trim(), '27');
    assert.match(await fa.getAttribute('title'), /۲۷ نفر زخمی/);
    const bg = await fa.evaluate(e => getComputedStyle(e).backgroundColor);
    assert.notEqual(bg, 'rgba(0, 0, 0, 0)', 'conflicting cell highlighted');
    await fa.click();
    assert.match(await fa.locator('.surface').textContent(), /۲۷ نفر زخمی/);
    const date = page.locator('#fact-matrix tr[data-key="date:event"] td.cell');
    assert.deepEqual((await date.allTextContents()).map(t => t.trim()), ['2025-03-15', '2025-03-15', '2025-03-14']);
    // a fact all three report is reported, the first report outlined
    const baghdad = page.locator('#fact-matrix tr[data-key="place:Asia/Baghdad"] td.cell');
    assert.deepEqual(await baghdad.evaluateAll(tds => tds.map(td => td.dataset.state)), ['REPORTED', 'REPORTED', 'REPORTED']);
    assert.equal(await page.locator('#fact-matrix tr[data-key="place:Asia/Baghdad"] td.first').count(), 1);
    // the coverage chart: one line per language and source
    assert.equal(await page.locator('#coverage-chart .chart-label').count(), 3);
    assert.ok(await page.locator('#coverage-chart circle').count() >= 3);
    // filter: conflicts only
    await page.check('input[name=fact-filter][value=conflicts]');
    assert.equal(await page.locator('#fact-matrix tbody tr').count(), 2);
    await page.check('input[name=fact-filter][value=all]');
    await page.locator('#facts').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'facts.png'), fullPage: true });
    // a narrow screen: the matrix scrolls inside its box, the page does not overflow
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, 'page wider than a narrow screen by ' + overflow + 'px');
    assert.ok(await page.locator('#fact-matrix tr.conflict').first().isVisible());
    await page.screenshot({ path: join(SHOTS, 'facts-narrow.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  await step('an unknown story shows a readable error', async () => {
    await page.goto(BASE + '/#/story/no-such-story', { waitUntil: 'networkidle' });
    await page.waitForSelector('.error');
    assert.match(await page.locator('.error').textContent(), /no story with id/);
  });

  await step('no script errors in the page', async () => {
    const real = consoleErrors.filter(e => !e.includes('404'));
    assert.deepEqual(real, []);
  });
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

if (failures) {
  console.log(failures + ' e2e step(s) failed');
  process.exit(1);
}
console.log('e2e passed; screenshots in ' + SHOTS);
