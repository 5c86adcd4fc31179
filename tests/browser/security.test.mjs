// Locked down: the page runs under its Content-Security-Policy (sent by the test server as the
// host would, docs/SECURITY.md) with no violation, the policy is really enforced, no view makes a
// request to another origin, and labels from data files that contain markup are shown as text
// and never run (a build from tests/browser/hostile-data.mjs, made by scripts/test.sh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer } from './server.mjs';
import { watch } from './browser.mjs';
import { session, clean, ready, showEveryTable, setAllTables, visitEveryQuestion } from './helpers.mjs';
import { PAYLOAD, FORMULA, REAL_DESCRIPTION } from './hostile-data.mjs';

const s = session();

test('ingen visning gjør forespørsler til andre nettsteder, og CSP-en brytes aldri', async () => {
  const context = await s.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const problems = watch(page, s.server.origin);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  try {
    for (const query of ['', 'split=fylke&type=kommune', 'kommune=1201', 'fylkeskommune=12', 'kommune=9999', 'embed=1&section=effekter&dark=true', 'kommune=0301&embed=1']) {
      await page.goto(`${s.server.url}?${query}`);
      await page.waitForSelector('main', { state: 'attached' });
      await page.waitForFunction(() => document.querySelector('table.data, [role=alert]'));
    }
    // Interactions: search, «Bygg inn», downloads, a tooltip.
    await page.goto(s.server.url);
    await ready(page);
    await page.locator('#sok').fill('nes');
    await page.locator('#effekter .embed-open').click();
    await page.keyboard.press('Escape');
    for (const name of ['CSV', 'PNG', 'SVG']) {
      await Promise.all([page.waitForEvent('download'), page.locator('#q-komp_med button', { hasText: name }).click()]);
    }
    await page.locator('#q-komp_med .chart').hover({ position: { x: 300, y: 60 } });
    assert.ok(requests.length > 5);
    assert.deepEqual(problems, clean, 'no foreign or failed request, no console error (CSP violations are console errors)');
    assert.deepEqual(s.server.cspReports, [], 'no CSP violation report');
  } finally {
    await context.close();
  }
});

test('CSP-en håndheves: innskutt skript kjører ikke, og bruddet rapporteres', async () => {
  const context = await s.browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(s.server.url);
    await ready(page);
    const ran = await page.evaluate(async () => {
      const violation = new Promise((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective)));
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      return { injected: window.__injected === true, directive: await violation };
    });
    assert.deepEqual(ran, { injected: false, directive: 'script-src-elem' });
    for (let i = 0; i < 20 && s.server.cspReports.length === 0; i++) await page.waitForTimeout(100);
    assert.equal(s.server.cspReports.length, 1, 'the violation is reported to the report endpoint');
    assert.match(s.server.cspReports[0], /script-src-elem/);
    s.server.cspReports.length = 0;
    const header = (await page.goto(s.server.url)).headers()['content-security-policy'];
    assert.match(header, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
    assert.doesNotMatch(header, /'unsafe-eval'/);
    assert.doesNotMatch(header.split(';').find((d) => d.trim().startsWith('script-src')), /'unsafe-inline'/);
    assert.match(header, /frame-ancestors /);
  } finally {
    await context.close();
  }
});

test('etiketter med HTML fra datafilene vises som tekst og kjøres aldri', async () => {
  assert.ok(fs.existsSync('target/dist-hostile/index.html'), 'scripts/test.sh builds target/dist-hostile');
  const server = await startServer({ root: 'target/dist-hostile' });
  const context = await s.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const problems = watch(page, server.origin);
  try {
    await page.goto(server.url);
    await ready(page);
    const theme = await page.locator('section.theme h2').first().textContent();
    assert.equal(theme, `Kompetansebehov ${PAYLOAD}`);
    assert.ok((await page.locator('#q-komp_med h3').textContent()).endsWith(PAYLOAD));
    // Key figures link to their section by its (hostile) title, as text.
    assert.ok((await page.locator('[data-key-figure="ikt_medarbeidere"] .kf-link').textContent()).includes(PAYLOAD));
    // Table: the item and the answer label.
    await showEveryTable(page);
    assert.ok((await page.locator('table[data-question="komp_med"] tbody th').first().textContent()).includes(PAYLOAD));
    assert.ok((await page.locator('table[data-question="komp_med"] thead').textContent()).includes(PAYLOAD));
    // A label that is a spreadsheet formula is written to the CSV as text (a leading ').
    const [csvFile] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#q-komp_med').getByRole('button', { name: 'Last ned tall (CSV)' }).click(),
    ]);
    const csv = fs.readFileSync(await csvFile.path(), 'utf8');
    assert.ok(csv.includes(`"'${FORMULA.replaceAll('"', '""')}"`), csv.split('\n')[1]);
    assert.ok(!csv.split(/[;\n]/).some((cell) => cell.replace(/^"/, '').startsWith('=')));
    // Chart labels are SVG text, and the tooltip shows the text.
    await setAllTables(page, false);
    await page.locator('#q-komp_med').scrollIntoViewIfNeeded();
    await page.waitForSelector('#q-komp_med .chart svg');
    const chartText = await page.locator('#q-komp_med .chart svg').textContent();
    assert.ok(chartText.includes('<img src=x') || chartText.includes('IKT-ferdigheter'), chartText.slice(0, 200));
    // The tooltip as a reader gets it: the mouse over the first bar.
    const bar = await page.evaluate(() => {
      const div = document.querySelector('#q-komp_med .chart');
      const layout = window.echarts?.getInstanceByDom(div).getModel().getSeriesByIndex(0).getData().getItemLayout(0);
      const box = div.getBoundingClientRect();
      return { x: box.left + layout.x + layout.width / 2, y: box.top + layout.y + layout.height / 2 };
    });
    await page.mouse.move(bar.x, bar.y);
    await page.waitForTimeout(400);
    const tooltip = await page.evaluate(() => {
      const div = document.querySelector('#q-komp_med .chart');
      const tip = [...div.querySelectorAll('div')].find((d) => d.textContent.includes('IKT-ferdigheter'));
      return tip && { text: tip.textContent, elements: tip.querySelectorAll('img, script').length };
    });
    assert.ok(tooltip?.text.includes(PAYLOAD), `tooltip: ${tooltip?.text}`);
    assert.equal(tooltip.elements, 0);
    // A comparison by fylke shows «Hordaland <img…>» in legends and tables.
    await page.goto(`${server.url}?split=fylke&landsdel=Vestlandet`);
    await ready(page);
    await showEveryTable(page);
    assert.ok((await page.locator('table[data-question="komp_med"]').textContent()).includes(`Hordaland ${PAYLOAD}`));
    // Search and the organisation page: Bergen's name.
    await page.locator('#sok').fill('1201');
    await page.waitForFunction(() => document.querySelector('#sok').getAttribute('aria-expanded') === 'true');
    assert.ok((await page.locator('#sok-valg-0').textContent()).includes(PAYLOAD));
    await page.goto(`${server.url}?kommune=1201`);
    await page.waitForSelector('table[data-organisation-question]', { state: 'attached' });
    assert.equal(await page.locator('#org-tittel').textContent(), `Bergen ${PAYLOAD}`);
    assert.equal(await page.title(), `Bergen ${PAYLOAD} – Arbeidsgivermonitoren 2017`);
    // The locator map names it in its text alternative.
    await page.waitForSelector('svg[data-locator="1201"]');
    assert.ok((await page.locator('svg[data-locator]').getAttribute('aria-label')).includes(PAYLOAD));
    // Maps: the item choice, the legend and the hover text show the labels as text.
    await page.goto(`${server.url}?kart=kommune`);
    await ready(page);
    const map = page.locator('#q-komp_med .map-view');
    await map.scrollIntoViewIfNeeded();
    await page.waitForSelector('#q-komp_med svg[data-map] [data-knr="1201"]');
    assert.ok((await map.locator('select option').first().textContent()).includes(PAYLOAD));
    assert.ok((await map.locator('.map-legend-holder').textContent()).includes(PAYLOAD));
    await map.locator('[data-knr="1201"]').hover();
    await page.waitForFunction((p) => document.querySelector('#q-komp_med .map-hover').textContent.startsWith(`Bergen ${p}`), PAYLOAD);
    // The SVG download carries the text escaped.
    await page.goto(server.url);
    await ready(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#q-komp_med button', { hasText: 'SVG' }).click()]);
    const svg = fs.readFileSync(await download.path(), 'utf8');
    assert.ok(svg.includes('&lt;img src=x onerror=window.__xss=1&gt;'), 'escaped in the SVG');
    assert.ok(!svg.includes('<img') && !svg.includes('<script'));

    assert.equal(await page.evaluate(() => window.__xss), undefined, 'nothing ran');
    assert.equal(await page.locator('img[src="x"], body script').count(), 0, 'no element was created from a label');
    assert.deepEqual(problems, clean);
    assert.deepEqual(server.cspReports, []);
  } finally {
    await context.close();
    await server.close();
  }
});

/// Words that only demo data may bring onto the page or into a download.
const DEMO_WORDS = /demo|syntetisk|startverdi/i;

test('data merket som ekte (dataset.json) gir ingen demomerking noe sted, heller ikke i nedlastinger og utskrift', async () => {
  const server = await startServer({ root: 'target/dist-hostile' });
  const context = await s.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const problems = watch(page, server.origin);
  const visibleText = () => page.evaluate(() => document.body.innerText);
  try {
    for (const query of ['', 'type=kommune&split=landsdel', 'embed=1&section=effekter']) {
      await page.goto(`${server.url}?${query}`);
      await ready(page);
      await showEveryTable(page);
      await setAllTables(page, false);
      await visitEveryQuestion(page);
      assert.equal(await page.locator('.demo-notice, .demo-tag').count(), 0, `${query}: no demo notice or tag`);
      const text = await visibleText();
      assert.doesNotMatch(text, DEMO_WORDS, query);
      assert.doesNotMatch(await page.title(), DEMO_WORDS);
    }
    // «Om dataene» describes the answers by dataset.json, and the citation has no demo label.
    await page.goto(server.url);
    await ready(page);
    const about = await page.locator('#om-dataene').textContent();
    assert.ok(about.includes(REAL_DESCRIPTION), about.slice(0, 300));
    assert.ok(about.includes('Tall hentet fra Arbeidsgivermonitoren 2017 – utforsker.'));
    assert.doesNotMatch(about, DEMO_WORDS);
    // Downloads: CSV, SVG (the PNG is drawn from the same SVG), with the plain source line.
    const downloaded = async (name) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#q-komp_med button', { hasText: name }).click()]);
      return fs.readFileSync(await file.path(), 'utf8');
    };
    for (const name of ['CSV', 'SVG']) {
      const text = await downloaded(name);
      assert.ok(text.includes('Kilde: KS, Arbeidsgivermonitoren 2017'), name);
      assert.doesNotMatch(text, DEMO_WORDS, name);
    }
    // The printed page and the organisation page, on screen and in print.
    await page.emulateMedia({ media: 'print' });
    assert.doesNotMatch(await visibleText(), DEMO_WORDS, 'the printed overview');
    for (const query of ['kommune=1201', 'fylkeskommune=12', 'kommune=0301&embed=1']) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`${server.url}?${query}`);
      await page.waitForSelector('table[data-organisation-question="dig_effekt"]', { state: 'attached' });
      assert.equal(await page.locator('.demo-notice, .demo-tag').count(), 0, query);
      assert.ok((await page.locator('.organisation').textContent()).includes('Kilde: KS, Arbeidsgivermonitoren 2017'), query);
      assert.doesNotMatch(await visibleText(), DEMO_WORDS, query);
      await page.emulateMedia({ media: 'print' });
      assert.doesNotMatch(await visibleText(), DEMO_WORDS, `${query}, printed`);
    }
    assert.deepEqual(problems, clean);
  } finally {
    await context.close();
    await server.close();
  }
});
