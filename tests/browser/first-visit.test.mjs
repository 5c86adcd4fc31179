// Issue 23: a first visit costs what it shows. Counted at a host that serves the build's `.br`
// files with the caching headers docs/SECURITY.md asks for, from the first navigation until the
// service worker is installed and the network is quiet, a bokmål and a nynorsk reader receive
// at most 650 KB: their language's page build and map worker, ECharts, CSS, icons and the map
// file, each once — no other language's build, no import code, no file twice. Then, offline,
// the explorer and a map work; a switch to a language never fetched says so in the page's
// language instead of leaving a blank page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { launch, watch } from './browser.mjs';
import { expectedTables, readTables, ready } from './helpers.mjs';

/// The budget of a first visit, brotli as sent (issue 23).
const BUDGET = 650_000;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/// Waits until the server has been asked for nothing new for `quiet` milliseconds.
async function networkQuiet(server, quiet = 1500) {
  let count = -1;
  while (count !== server.requests.length) {
    count = server.requests.length;
    await new Promise((resolve) => setTimeout(resolve, quiet));
  }
}

for (const [query, lang, other] of [
  ['', 'nb', 'nn'],
  ['lang=nn', 'nn', 'en'],
]) {
  test(`første besøk ${query || '/'}: høyst 650 KB brotli med arbeideren installert, og uten nett virker utforskeren og et kart`, async () => {
    const server = await startServer();
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watch(page, server.origin);
    try {
      await page.goto(server.url + (query ? `?${query}` : ''));
      await ready(page);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
      await networkQuiet(server);
      const sent = server.sent;
      const requests = [...server.requests];
      console.log(`first visit ${query || '/'}: ${sent} bytes brotli in ${requests.length} requests`);
      assert.ok(sent <= BUDGET, `the first visit of ${query || '/'} is ${sent} bytes brotli (budget ${BUDGET})`);
      // Nothing twice: each file of the build was sent once (the page's own, from the HTTP
      // cache to the worker), and nothing of another language or of the import code.
      const twice = requests.filter((p, i) => requests.indexOf(p) !== i && !p.endsWith('/sw.js') && p !== '/');
      assert.deepEqual(twice, [], 'no file sent twice');
      const otherLanguages = requests.filter((p) => new RegExp(`-(${['nn', 'en'].filter((l) => l !== lang).join('|')})[-_]`).test(p) || (lang !== 'nb' && /^\/(arbeidsgivermonitor|map-worker)[-_][0-9a-f]{10,16}/.test(p)));
      assert.deepEqual(otherLanguages, [], 'no other language');
      assert.deepEqual(requests.filter((p) => /import-worker|xlsx-reader|own-data-view/.test(p)), [], 'no import code');
      assert.ok(requests.some((p) => /map-worker/.test(p)) && requests.some((p) => /\/kart-[0-9a-f]+\.svg$/.test(p)), 'the map worker and the map file');

      // Offline: the explorer, and a map.
      await server.close();
      await page.goto(`${server.url}?${query ? `${query}&` : ''}type=kommune&kart=fylke`);
      await ready(page);
      await page.waitForSelector('#frakoblet', { state: 'visible' });
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      if (lang === 'nb') assert.deepEqual(await readTables(page), expectedTables('type=kommune'));
      await page.locator('#q-dig_prioritet .map-view').scrollIntoViewIfNeeded();
      await page.waitForSelector('#q-dig_prioritet svg[data-map] path[data-fylke]', { timeout: 20000 });
      // A language never fetched: the page comes up in its own language and says why.
      await page.goto(`${server.url}?lang=${other}`);
      await ready(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      const note = await page.locator('.language-note').textContent();
      assert.match(note, lang === 'nb' ? /ikke lagret på nynorsk på denne maskinen/ : /ikkje lagra på engelsk på denne maskinen/);
      assert.deepEqual(problems.errors, []);
    } finally {
      await context.close();
      await server.close();
    }
  });
}
