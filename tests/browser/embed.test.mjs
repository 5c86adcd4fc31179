// Embedding in another site: the «Bygg inn» snippet on a host page of another origin (a second
// localhost port) shows the chosen section, keeps its filters in its own URL and is resized to
// its content after every change; a message from another frame resizes nothing. Also the embed
// options themselves (municipality view, plain=1, dark=) and their notes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import vm from 'node:vm';
import { startServer } from './server.mjs';
import { launch } from './browser.mjs';
import { ready, session, clean, axeViolations } from './helpers.mjs';

const { open } = session();

let browser;
let host;
let hostPage = '';
before(async () => {
  browser = await launch();
  // The host: another origin, serving the page with the snippet and a frame that pretends to be
  // the explorer.
  host = http.createServer((req, res) => {
    if (req.url.startsWith('/other.html')) {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><title>Annen ramme</title><script>
        setInterval(() => parent.postMessage({ type: 'arbeidsgivermonitor:height', height: 3333 }, '*'), 100);
      </script>`);
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(hostPage);
    }
  });
  await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => host.close(resolve));
});

/// The embedded explorer's frame, and the difference between the iframe's and its content's height.
async function heights(page) {
  const frame = page.frames().find((f) => f.url().includes('embed=1'));
  const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  const scroll = await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  const box = await page.locator('iframe[title]').first().boundingBox();
  return { frame, content, iframe: box.height, scroll };
}

async function fitsItsContent(page, label) {
  let h;
  for (let i = 0; i < 50; i++) {
    h = await heights(page);
    if (Math.abs(h.iframe - h.content) <= 2 && h.scroll <= 2) return h.frame;
    await page.waitForTimeout(100);
  }
  assert.fail(`${label}: iframe ${h.iframe}px, content ${h.content}px, inner scroll ${h.scroll}px`);
}

/// Opens «Bygg inn» on «Effekter av digitalisering» of the overview with `type=kommune`, as a
/// user does, on `page`; returns the snippet and the open dialog.
async function openSnippet(app, page) {
  await page.goto(`${app.url}?type=kommune`);
  await ready(page);
  // Every question revealed («Om dataene» comes last): until then each one revealed above the
  // button moves it, and a click aimed at it can land beside it (seen once under load).
  await page.waitForSelector('section#om-dataene', { state: 'attached' });
  await page.locator('#effekter .embed-open').click();
  const dialog = page.getByRole('dialog', { name: 'Bygg inn denne visningen' });
  await dialog.waitFor();
  return { snippet: await page.locator('#bygg-inn-kode').inputValue(), dialog };
}

/// The snippet alone, from a context of its own.
async function snippetFor(app) {
  const context = await browser.newContext();
  try {
    return (await openSnippet(app, await context.newPage())).snippet;
  } finally {
    await context.close();
  }
}

test('snutten fra «Bygg inn» virker på en side med en annen opprinnelse', async () => {
  const hostOrigin = `http://127.0.0.1:${host.address().port}`;
  const app = await startServer({ frameAncestors: `'self' ${hostOrigin}` });
  const context = await browser.newContext();
  try {
    // The snippet, as a user gets it: filters set, then «Bygg inn» on «Effekter av digitalisering».
    const page = await context.newPage();
    const { snippet, dialog } = await openSnippet(app, page);
    assert.match(snippet, /^<iframe src="[^"]*\?type=kommune&amp;embed=1&amp;section=effekter" title="Effekter av digitalisering – Arbeidsgivermonitoren 2017"/);
    const script = snippet.match(/<script>([\s\S]*)<\/script>/)[1];
    assert.ok(Buffer.byteLength(script) < 1024, `host script is ${Buffer.byteLength(script)} bytes`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    hostPage = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Vertsside</title></head>
      <body style="margin:0 2rem"><h1>En annen nettside</h1>${snippet}
      <iframe id="other" src="/other.html" title="Annen ramme" style="height:150px;border:0"></iframe></body></html>`;
    const hosting = await context.newPage();
    const errors = [];
    hosting.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()));
    hosting.on('pageerror', (e) => errors.push(e.message));
    await hosting.goto(hostOrigin);
    await hosting.waitForFunction(() => window.frames.length === 2);
    let frame = await fitsItsContent(hosting, 'first load');
    await frame.waitForSelector('article#q-dig_effekt', { state: 'attached' });
    frame = await fitsItsContent(hosting, 'rendered');
    assert.equal(await frame.locator('section.theme').count(), 1, 'only the chosen section');
    assert.equal(await frame.locator('#sok, nav.themes-nav, #om-dataene, footer').count(), 0, 'no page chrome');
    assert.equal(await frame.locator('header.page-header').isVisible(), false, 'no page header');

    // Filter changes inside the iframe: its own URL keeps them, and the height follows.
    await frame.getByRole('radio', { name: 'Størrelse', exact: true }).check();
    await frame.waitForFunction(() => location.search === '?type=kommune&split=size&embed=1&section=effekter');
    await fitsItsContent(hosting, 'split by size');
    await frame.getByRole('checkbox', { name: /Store kommuner/ }).check();
    await frame.waitForFunction(() => location.search.includes('size=large'));
    await fitsItsContent(hosting, 'large only');
    await frame.getByRole('button', { name: 'Vis tabell' }).first().click();
    await fitsItsContent(hosting, 'table shown');

    // The other frame sends height messages all along; neither frame is resized by them.
    await hosting.waitForTimeout(300);
    assert.equal((await hosting.locator('#other').boundingBox()).height, 150);
    const { iframe } = await heights(hosting);
    assert.ok(iframe < 3000, `the explorer's iframe is ${iframe}px`);
    assert.deepEqual(errors, []);
    assert.deepEqual(app.cspReports, []);

    // Offline inside the iframe too: its service worker (in the host's partition) serves it
    // once the explorer's server is gone.
    await frame.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
    await app.close();
    await hosting.reload();
    await hosting.waitForFunction(() => window.frames.length === 2);
    frame = hosting.frames().find((f) => f.url().includes('embed=1'));
    await frame.waitForSelector('article#q-dig_effekt', { state: 'attached', timeout: 20000 });
    await frame.waitForSelector('#frakoblet', { state: 'visible' });
    await fitsItsContent(hosting, 'offline');
  } finally {
    await context.close();
    await app.close();
  }
});

test('snutten fra «Bygg inn» i «Sammenlign kommuner» beholder listen og virker på en annen opprinnelse', async () => {
  const hostOrigin = `http://127.0.0.1:${host.address().port}`;
  const app = await startServer({ frameAncestors: `'self' ${hostOrigin}` });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${app.url}?kommuner=1201,0301&fylkeskommuner=12`);
    await page.waitForSelector('table[data-question="dig_effekt"]', { state: 'attached', timeout: 20000 });
    await page.locator('.comparison .embed-open').click();
    await page.getByRole('dialog', { name: 'Bygg inn denne visningen' }).waitFor();
    const snippet = await page.locator('#bygg-inn-kode').inputValue();
    assert.match(snippet, /^<iframe src="[^"]*\?kommuner=1201,0301&amp;fylkeskommuner=12&amp;embed=1" title="Sammenlign kommuner – Arbeidsgivermonitoren 2017"/);
    hostPage = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Vertsside</title></head>
      <body style="margin:0 2rem"><h1>En annen nettside</h1>${snippet}</body></html>`;
    const hosting = await context.newPage();
    const errors = [];
    hosting.on('pageerror', (e) => errors.push(e.message));
    await hosting.goto(hostOrigin);
    await hosting.waitForFunction(() => window.frames.length === 1);
    const frame = hosting.frames().find((f) => f.url().includes('embed=1'));
    await frame.waitForSelector('table[data-question="dig_effekt"] td[data-org="12"]', { state: 'attached', timeout: 20000 });
    // The list, no tools, no page chrome; the iframe follows its content.
    assert.equal(await frame.locator('table[data-question="dig_prioritet"] td[data-org]').count(), 3);
    assert.equal(await frame.locator('.comparison .page-tools, .comparison .picker, #sok').count(), 0);
    await fitsItsContent(hosting, 'comparison');
    assert.deepEqual(errors, []);
    assert.deepEqual(app.cspReports, []);
  } finally {
    await context.close();
    await app.close();
  }
});

test('web/embed.js følger den samme regelen for embed= som appen (tests/embed_rule_cases.json)', () => {
  const source = fs.readFileSync('web/embed.js', 'utf8');
  const { cases } = JSON.parse(fs.readFileSync('tests/embed_rule_cases.json', 'utf8'));
  for (const [search, embedded] of cases) {
    let marked = false;
    const window = {};
    window.parent = window;
    const document = { documentElement: { setAttribute: (name) => (marked = name === 'data-embed') } };
    vm.runInNewContext(source, { location: { search }, URLSearchParams, window, document });
    assert.equal(marked, embedded, search);
  }
});

test('embed=%31 og embed=1+ bygger inn og sender høyden; uten vertsskriptet kan siden rulles', async () => {
  const hostOrigin = `http://127.0.0.1:${host.address().port}`;
  const app = await startServer({ frameAncestors: `'self' ${hostOrigin}` });
  const context = await browser.newContext();
  try {
    const snippet = await snippetFor(app);
    for (const spelling of ['embed=%31', 'embed=1+']) {
      hostPage = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Vertsside</title></head>
        <body><h1>En annen nettside</h1>${snippet.replace('embed=1', spelling)}</body></html>`;
      const hosting = await context.newPage();
      await hosting.goto(hostOrigin);
      await hosting.waitForFunction(() => window.frames.length === 1);
      const frame = hosting.mainFrame().childFrames()[0];
      await frame.waitForSelector('article#q-dig_effekt', { state: 'attached' });
      assert.equal(await frame.locator('#sok, footer').count(), 0, `${spelling}: embedded`);
      await fitsItsContent(hosting, spelling);
      await hosting.close();
    }
    // A host that strips <script> (some CMSs do): the iframe stays 640 px, and the reader can
    // scroll to the end of the embedded view (here every section) instead of finding it cut off.
    const withoutScript = snippet.replace(/<script>[\s\S]*<\/script>/, '').replace('&amp;section=effekter', '');
    hostPage = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Vertsside</title></head>
      <body><h1>En annen nettside</h1>${withoutScript}</body></html>`;
    const hosting = await context.newPage();
    await hosting.goto(hostOrigin);
    await hosting.waitForFunction(() => window.frames.length === 1);
    const frame = hosting.mainFrame().childFrames()[0];
    await frame.waitForSelector('article#q-dig_effekt', { state: 'attached' });
    assert.equal((await hosting.locator('iframe').boundingBox()).height, 640);
    const scrolled = await frame.evaluate(() => {
      const overflow = document.documentElement.scrollHeight - innerHeight;
      scrollTo(0, overflow);
      return { overflow, scrollY };
    });
    assert.ok(scrolled.overflow > 200, `the view is taller than the iframe (${scrolled.overflow}px more)`);
    assert.equal(scrolled.scrollY, scrolled.overflow, 'scrolled to the end');
    await hosting.mouse.move(200, 400);
    await hosting.mouse.wheel(0, -300);
    await frame.waitForFunction((end) => scrollY < end, scrolled.overflow);
  } finally {
    await context.close();
    await app.close();
  }
});

test('lenker inne i en innebygd visning holder den innebygd', async () => {
  for (const query of ['kommune=1201&embed=1&dark=true', 'kommune=9999&embed=1&dark=true']) {
    const { page, problems, close } = await open(query);
    try {
      const back = page.getByRole('link', { name: 'Til oversikten' });
      await back.waitFor();
      await Promise.all([page.waitForURL(/\?embed=1&dark=true$/), back.click()]);
      await ready(page);
      assert.equal(await page.getAttribute('html', 'data-embed'), '', query);
      assert.equal(await page.getAttribute('html', 'data-scheme'), 'dark', query);
      assert.equal(await page.locator('#sok, footer').count(), 0, `${query}: still no page chrome`);
      assert.deepEqual(problems.errors, []);
    } finally {
      await close();
    }
  }
});

test('innebygd kommuneside, plain=1 og dark=', async () => {
  {
    const { page, problems, close } = await open('kommune=1201&embed=1', { colorScheme: 'light' });
    try {
      await page.waitForSelector('table[data-organisation-question="dig_effekt"]', { state: 'attached' });
      assert.equal(await page.locator('#org-tittel').textContent(), 'Bergen');
      assert.equal(await page.locator('#sok, footer, .embed-open, button.print').count(), 0);
      assert.equal(await page.locator('header.page-header').isVisible(), false);
      assert.ok(await page.locator('.organisation .demo-notice').isVisible(), 'demo data named');
      assert.equal(await page.getAttribute('html', 'data-embed'), '');
      assert.deepEqual(problems, clean);
    } finally {
      await close();
    }
  }
  {
    const { page, problems, close } = await open('embed=1&section=ikt_strategi&plain=1&dark=true', { colorScheme: 'light' });
    try {
      await page.waitForSelector('#ikt_strategi article.question', { state: 'attached' });
      assert.equal(await page.locator('.filters').count(), 0, 'plain: no filter panel');
      assert.match(await page.locator('.status').textContent(), /Viser svar fra/);
      assert.deepEqual(await page.locator('section.theme').evaluateAll((s) => s.map((e) => e.id)), ['ikt_strategi']);
      assert.equal(await page.getAttribute('html', 'data-scheme'), 'dark');
      assert.equal(await page.evaluate(() => location.search), '?embed=1&section=ikt_strategi&plain=1&dark=true');
      assert.deepEqual(problems, clean);
    } finally {
      await close();
    }
  }
  {
    const { page, close } = await open('embed=1&section=ukjent&dark=lilla', { colorScheme: 'dark' });
    try {
      await ready(page);
      const notes = await page.locator('.url-notes li').allTextContents();
      assert.equal(notes.length, 2);
      assert.match(notes[0], /«ukjent» for «section»/);
      assert.equal(await page.getAttribute('html', 'data-scheme'), 'dark', 'auto follows the system');
      assert.ok((await page.locator('section.theme').count()) >= 5, 'unknown section: every section');
    } finally {
      await close();
    }
  }
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe finner ingen brudd i «Bygg inn»-dialogen og i innebygd visning (${colorScheme})`, async () => {
    const { page, close } = await open('type=kommune', { colorScheme, viewport: { width: 320, height: 800 } });
    try {
      await ready(page);
      // Every question drawn (then «Om dataene» follows): the button no longer moves as the
      // questions above it are filled in.
      await page.waitForSelector('#om-dataene', { state: 'attached' });
      await page.locator('#effekter .embed-open').click();
      await page.getByRole('dialog').waitFor({ timeout: 10000 });
      assert.deepEqual(await axeViolations(page), []);
      await page.goto(page.url().replace('?type=kommune', '?type=kommune&embed=1&section=effekter'));
      await ready(page);
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await close();
    }
  });
}
