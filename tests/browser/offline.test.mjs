// Offline after the first load, and updates on the user's word (service worker, web/sw.js and
// web/pwa.js): one online visit, then the server is stopped and the whole explorer still works
// with zero failed requests; a redeployed build replaces the old cache after the user agrees.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startServer } from './server.mjs';
import { launch, watch } from './browser.mjs';
import { clean, expected, expectedTables, readTables, ready } from './helpers.mjs';
import { writeServiceWorker, writePrecompressed } from '../../scripts/post-build.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/// Visits the page online and waits until the service worker controls it (every file cached).
async function firstVisit(server) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const problems = watch(page, server.origin);
  const wrongTypes = [];
  page.on('response', async (response) => {
    const url = response.url();
    if (/\.(wasm|js)$/.test(new URL(url).pathname) && /html/.test(response.headers()['content-type'] ?? '')) wrongTypes.push(url);
  });
  await page.goto(server.url);
  await ready(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  return { context, page, problems, wrongTypes };
}

const ourCaches = (page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('arbeidsgivermonitor:')));

/// Runs the browser's update check and resolves with the state the new worker ends in.
const updateOutcome = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        navigator.serviceWorker.getRegistration().then((registration) => {
          registration.addEventListener('updatefound', () => {
            const worker = registration.installing;
            worker.addEventListener('statechange', () => ['installed', 'activated', 'redundant'].includes(worker.state) && resolve(worker.state));
          });
          registration.update().catch(() => {});
        });
      }),
  );

test('etter ett besøk virker hele utforskeren uten server', async () => {
  const server = await startServer();
  const { context, page, problems, wrongTypes } = await firstVisit(server);
  try {
    assert.equal(await page.locator('#frakoblet').isVisible(), false, 'online: no offline note');
    await server.close();

    await page.reload();
    await ready(page);
    await page.waitForSelector('#frakoblet', { state: 'visible' });
    // Every section, with the core's figures.
    assert.deepEqual(await readTables(page), expectedTables(''));
    const themes = await page.locator('nav.themes-nav a').all();
    assert.ok(themes.length >= 5);
    for (const link of themes) {
      await link.click();
      const id = (await link.getAttribute('href')).slice(1);
      assert.ok(await page.locator(`#${id}`).isVisible(), id);
    }
    // A filter.
    await page.getByRole('radio', { name: 'Kommuner', exact: true }).check();
    await page.waitForFunction(() => location.search === '?type=kommune');
    assert.deepEqual(await readTables(page), expectedTables('type=kommune'));
    // A download.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#q-komp_med button', { hasText: 'CSV' }).click()]);
    const csv = await fs.readFile(await download.path(), 'utf8');
    assert.equal(csv.replace(/^\uFEFF/, ''), expected('type=kommune').questions.komp_med.csv.replace(/^\uFEFF/, ''));
    // The municipality view, by search and Enter.
    await page.locator('#sok').fill('bergen');
    await page.waitForFunction(() => document.querySelector('#sok').getAttribute('aria-expanded') === 'true');
    await page.locator('#sok').press('ArrowDown');
    await page.locator('#sok').press('Enter');
    await page.waitForURL(/\?kommune=1201$/);
    await page.waitForSelector('table[data-organisation-question="dig_effekt"]', { state: 'attached' });
    await page.waitForSelector('#frakoblet', { state: 'visible' });
    assert.equal(await page.title(), 'Bergen – Arbeidsgivermonitoren 2017');

    assert.deepEqual(problems, clean, 'zero failed requests, no errors');
    assert.deepEqual(wrongTypes, [], 'no .wasm or .js answered with HTML');
  } finally {
    await context.close();
    await server.close();
  }
});

test('en ny versjon erstatter den gamle hurtigbufferen når brukeren sier ja', async () => {
  // A changed build: the same files with a changed page, and its service worker regenerated.
  const changed = await fs.mkdtemp(path.join(os.tmpdir(), 'agm-redeploy-'));
  await fs.cp('dist', changed, { recursive: true });
  const index = path.join(changed, 'index.html');
  await fs.writeFile(index, (await fs.readFile(index, 'utf8')).replace('</head>', '<meta name="build" content="redeployed">\n</head>'));
  const { version } = await writeServiceWorker(changed);
  await writePrecompressed(changed, ['index.html', 'sw.js']);

  const server = await startServer();
  const { context, page, problems } = await firstVisit(server);
  try {
    const before = await ourCaches(page);
    assert.equal(before.length, 1);
    assert.ok(!before[0].endsWith(version));
    await page.evaluate(() => {
      window.stillTheSamePage = true;
    });
    assert.equal(await page.locator('#ny-versjon').isVisible(), false);

    // Redeploy, then the browser's update check finds the new worker; the page only offers it.
    server.setRoot(changed);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.waitForSelector('#ny-versjon', { state: 'visible', timeout: 20000 });
    assert.equal(await page.evaluate(() => window.stillTheSamePage), true, 'no reload mid-use');
    assert.equal((await ourCaches(page)).length, 2, 'the new version waits beside the old');

    await Promise.all([page.waitForEvent('load'), page.locator('#oppdater').click()]);
    await ready(page);
    assert.equal(await page.evaluate(() => window.stillTheSamePage), undefined, 'reloaded on the user’s word');
    await page.waitForFunction(
      async (v) => {
        const keys = (await caches.keys()).filter((k) => k.startsWith('arbeidsgivermonitor:'));
        return keys.length === 1 && keys[0].endsWith(v);
      },
      version,
      { timeout: 10000 },
    );
    assert.equal(await page.locator('meta[name=build]').getAttribute('content'), 'redeployed', 'the new page is shown');
    assert.deepEqual(problems, clean);
  } finally {
    await context.close();
    await server.close();
    await fs.rm(changed, { recursive: true, force: true });
  }
});

/// A copy of dist/ in a new folder `into` (or a temporary one), its page marked
/// `<meta name="build" content=TAG>` and its service worker regenerated (a different build).
async function changedBuild(tag, into) {
  const dir = into ?? (await fs.mkdtemp(path.join(os.tmpdir(), `agm-${tag}-`)));
  await fs.cp('dist', dir, { recursive: true });
  const index = path.join(dir, 'index.html');
  await fs.writeFile(index, (await fs.readFile(index, 'utf8')).replace('</head>', `<meta name="build" content="${tag}">\n</head>`));
  const { version } = await writeServiceWorker(dir);
  // Only what changed: the other files' compressed copies came with dist/.
  await writePrecompressed(dir, ['index.html', 'sw.js']);
  return { dir, version };
}

/// Replaces `file` in the build `dir` by `text`, dropping its precompressed copies.
async function replaceFile(dir, file, text) {
  await fs.writeFile(path.join(dir, file), text);
  await fs.rm(path.join(dir, `${file}.br`), { force: true });
  await fs.rm(path.join(dir, `${file}.gz`), { force: true });
}

test('arbeideren svarer bare for sin egen side: andre sider, ikonet og en kopi i en undermappe får sitt eget innhold', async () => {
  // The explorer at /, another page of the same site under /annet/, and a second build in /2019/.
  const { dir: site } = await changedBuild('rot');
  await changedBuild('2019', path.join(site, '2019'));
  await fs.mkdir(path.join(site, 'annet'));
  await fs.writeFile(path.join(site, 'annet', 'side.html'), '<!doctype html><html lang="nb"><title>Annen side</title><h1>En annen side på nettstedet</h1></html>');
  const server = await startServer({ root: site });
  const { context, page } = await firstVisit(server);
  try {
    const other = await page.goto(`${server.origin}/annet/side.html`);
    assert.equal(other.status(), 200);
    assert.equal(await page.locator('h1').textContent(), 'En annen side på nettstedet');

    const icon = await page.goto(`${server.origin}/icons/icon-192.png`);
    assert.equal(icon.headers()['content-type'], 'image/png');
    assert.equal(await page.evaluate(() => document.contentType), 'image/png');

    // The copy in /2019/ is its own page, registers its own worker and works offline.
    await page.goto(`${server.origin}/2019/?type=kommune`);
    await ready(page);
    assert.equal(await page.locator('meta[name=build]').getAttribute('content'), '2019');
    await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.endsWith('/2019/sw.js'), null, { timeout: 20000 });
    await server.close();
    await page.reload();
    await ready(page);
    assert.equal(await page.locator('meta[name=build]').getAttribute('content'), '2019');
    assert.deepEqual(await readTables(page), expectedTables('type=kommune'));
    // And the explorer at the root still does, under its own worker.
    await page.goto(`${server.origin}/?type=kommune`);
    await ready(page);
    assert.equal(await page.locator('meta[name=build]').getAttribute('content'), 'rot');
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL.endsWith('127.0.0.1:' + location.port + '/sw.js')));
  } finally {
    await context.close();
    await server.close();
    await fs.rm(site, { recursive: true, force: true });
  }
});

test('en ny sw.js med en gammel side installeres aldri, og den gamle versjonen virker fortsatt uten nett', async () => {
  // An upload in the wrong order: the new build's sw.js and hashed files beside the old page.
  const { dir: mixed } = await changedBuild('ny');
  for (const suffix of ['', '.br', '.gz']) await fs.copyFile(`dist/index.html${suffix}`, path.join(mixed, `index.html${suffix}`));
  const server = await startServer();
  const { context, page, problems } = await firstVisit(server);
  try {
    const before = await ourCaches(page);
    server.setRoot(mixed);
    assert.equal(await updateOutcome(page), 'redundant', 'the install of the new worker fails');
    assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.waiting)), null);
    assert.equal(await page.locator('#ny-versjon').isVisible(), false, 'no update is offered');
    assert.deepEqual(await ourCaches(page), before, 'the old cache alone, nothing half-stored');

    await server.close();
    await page.reload();
    await ready(page);
    await page.waitForSelector('#frakoblet', { state: 'visible' });
    assert.equal(await page.locator('meta[name=build]').count(), 0, 'the old page');
    assert.deepEqual(await readTables(page), expectedTables(''));
    assert.deepEqual(problems.errors, []);
  } finally {
    await context.close();
    await server.close();
    await fs.rm(mixed, { recursive: true, force: true });
  }
});

test('hver fil som lagres, sjekkes: en avkortet fil eller siden i en fils sted gjør at den nye versjonen ikke installeres', async () => {
  const css = (await fs.readdir('dist')).find((f) => /^main-[0-9a-f]+\.css$/.test(f));
  const page0 = await fs.readFile('dist/index.html', 'utf8');
  for (const [what, text] of [
    ['truncated', (await fs.readFile(path.join('dist', css), 'utf8')).slice(0, 1000)],
    ['the page for a missing file', page0],
  ]) {
    const { dir } = await changedBuild('ny');
    // The CSS under a name the browser has not cached (as a new build's file would be), then the
    // host sends something else than the file the build's worker expects.
    const renamed = css.replace(/-[0-9a-f]{10,16}\./, '-0123456789abcdef.');
    await fs.rename(path.join(dir, css), path.join(dir, renamed));
    const index = (await fs.readFile(path.join(dir, 'index.html'), 'utf8')).replaceAll(css, renamed);
    await replaceFile(dir, 'index.html', index);
    await writeServiceWorker(dir);
    await writePrecompressed(dir, ['sw.js']);
    await replaceFile(dir, renamed, text);
    const server = await startServer();
    const { context, page, problems } = await firstVisit(server);
    try {
      const before = await ourCaches(page);
      server.setRoot(dir);
      assert.equal(await updateOutcome(page), 'redundant', what);
      assert.deepEqual(await ourCaches(page), before, `${what}: the old cache alone`);
      assert.equal(await page.locator('#ny-versjon').isVisible(), false, what);
      await server.close();
      await page.reload();
      await ready(page);
      assert.deepEqual(await readTables(page), expectedTables(''), what);
      assert.deepEqual(problems.errors, [], what);
    } finally {
      await context.close();
      await server.close();
      await fs.rm(dir, { recursive: true, force: true });
    }
  }
});

test('«Oppdater nå» i én fane: de andre fanene lastes på nytt med den nye versjonen og virker uten nett', async () => {
  const { dir, version } = await changedBuild('ny');
  const server = await startServer();
  const { context, page } = await firstVisit(server);
  try {
    const other = await context.newPage();
    const problems = watch(other, server.origin);
    await other.goto(`${server.url}?type=kommune`);
    await ready(other);
    await other.evaluate(() => (window.stillTheOldPage = true));
    server.setRoot(dir);
    await page.bringToFront();
    assert.equal(await updateOutcome(page), 'installed');
    await page.waitForSelector('#ny-versjon', { state: 'visible', timeout: 20000 });
    await Promise.all([page.waitForEvent('load'), page.locator('#oppdater').click()]);
    // The other tab reloads on its own, onto the new version.
    await other.waitForFunction(() => document.querySelector('meta[name=build]')?.content === 'ny', null, { timeout: 20000 });
    assert.equal(await other.evaluate(() => window.stillTheOldPage), undefined);
    await page.waitForFunction(async (v) => (await caches.keys()).filter((k) => k.startsWith('arbeidsgivermonitor:')).every((k) => k.endsWith(v)), version);
    await server.close();
    await other.bringToFront();
    await other.reload();
    await ready(other);
    assert.deepEqual(await readTables(other), expectedTables('type=kommune'));
    assert.deepEqual(problems.errors, []);
  } finally {
    await context.close();
    await server.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
});

/// Prepended to sw.js: after the message 'test:break-caches:open' (or ':match'), caches.open
/// (or Cache.match) rejects, as when storage is gone; 'test:failures?' answers how often.
const BREAK_CACHES = `
let broken = null;
let failures = 0;
const fail = () => { failures += 1; return Promise.reject(new DOMException('Simulert lagringsfeil', 'UnknownError')); };
self.addEventListener('message', (event) => {
  if (String(event.data).startsWith('test:break-caches:')) broken = event.data.slice(18);
  if (event.data === 'test:failures?') event.source.postMessage({ failures });
});
const realOpen = caches.open.bind(caches);
caches.open = (...args) => (broken === 'open' ? fail() : realOpen(...args));
const realMatch = Cache.prototype.match;
Cache.prototype.match = function (...args) { return broken === 'match' ? fail() : realMatch.apply(this, args); };
`;

for (const what of ['open', 'match']) {
  test(`når caches.${what} feiler, svarer nettet`, async () => {
    const site = await fs.mkdtemp(path.join(os.tmpdir(), 'agm-broken-cache-'));
    await fs.cp('dist', site, { recursive: true });
    await replaceFile(site, 'sw.js', BREAK_CACHES + (await fs.readFile('dist/sw.js', 'utf8')));
    const server = await startServer({ root: site });
    const { context, page, problems } = await firstVisit(server);
    try {
      await page.evaluate((what) => navigator.serviceWorker.controller.postMessage(`test:break-caches:${what}`), what);
      await page.goto(`${server.url}?type=kommune`);
      await ready(page);
      assert.deepEqual(await readTables(page), expectedTables('type=kommune'));
      const failures = await page.evaluate(
        () =>
          new Promise((resolve) => {
            navigator.serviceWorker.addEventListener('message', (event) => event.data?.failures !== undefined && resolve(event.data.failures));
            navigator.serviceWorker.controller.postMessage('test:failures?');
          }),
      );
      assert.ok(failures > 0, 'the cache did fail');
      assert.deepEqual(problems, clean);
    } finally {
      await context.close();
      await server.close();
      await fs.rm(site, { recursive: true, force: true });
    }
  });
}

test('en vert som sender ./ videre til ./index.html virker uten nett også', async () => {
  const server = await startServer({ redirectToIndex: true });
  const { context, page } = await firstVisit(server);
  try {
    assert.equal(new URL(page.url()).pathname, '/index.html', 'the host redirects');
    await server.close();
    for (const url of [`${server.url}?type=kommune`, `${server.url}index.html?type=kommune`]) {
      await page.goto(url);
      await ready(page);
      await page.waitForSelector('#frakoblet', { state: 'visible' });
      assert.deepEqual(await readTables(page), expectedTables('type=kommune'), url);
    }
  } finally {
    await context.close();
    await server.close();
  }
});

test('nettappmanifestet gjør siden installerbar', async () => {
  const manifest = JSON.parse(await fs.readFile('dist/manifest.webmanifest', 'utf8'));
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.lang, 'nb');
  const html = await fs.readFile('dist/index.html', 'utf8');
  assert.match(html, /<link rel="manifest" href="manifest.webmanifest">/);
  // Icons of 192 and 512 px (one maskable), real PNGs of the stated size, precached.
  const sw = await fs.readFile('dist/sw.js', 'utf8');
  const sizes = new Set();
  for (const icon of manifest.icons) {
    const png = await fs.readFile(path.join('dist', icon.src));
    assert.equal(png.subarray(1, 4).toString(), 'PNG', icon.src);
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    assert.equal(`${width}x${height}`, icon.sizes, icon.src);
    assert.ok(sw.includes(`"./${icon.src}"`), `${icon.src} is precached`);
    sizes.add(`${icon.sizes} ${icon.purpose}`);
  }
  for (const wanted of ['192x192 any', '512x512 any', '512x512 maskable']) assert.ok(sizes.has(wanted), wanted);
});
