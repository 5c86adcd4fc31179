// Issue 12, the maps, in Debian's headless Chromium, on the published build: every region of
// every map equals the core
// (src/bin/expected-view) for filters set in the URL and with the controls; a click on a
// kommune opens its page; the organisation page's locator marks the right region; the maps
// work offline after one visit; downloads; axe with maps shown; the geometry file holds every
// kommune and fylke of 2017 within its budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { startServer } from './server.mjs';
import { launch, watch } from './browser.mjs';
import { session, currentQuery, clean, expected, ready, axeViolations, sidewaysOverflow } from './helpers.mjs';

const ROOT = 'dist';
const s = session({ root: ROOT });

/// Brings every question near so that its map is drawn, and reads every map by the test
/// contract: { qid: { level, shapes, column, regions: [{ id, count, n } | { id, code } | { id, status }] } }.
async function readMaps(page) {
  const articles = page.locator('article.question');
  const count = await articles.count();
  for (let i = 0; i < count; i++) {
    await articles.nth(i).locator('.map-view').scrollIntoViewIfNeeded();
    await page
      .waitForFunction(
        (i) => {
          const article = document.querySelectorAll('article.question')[i];
          return article.querySelector('svg[data-map] path') && !article.hasAttribute('data-stale');
        },
        i,
        { timeout: 15000 },
      )
      .catch(async (e) => {
        const state = await page.evaluate((i) => {
          const article = document.querySelectorAll('article.question')[i];
          return `${article.id} stale=${article.hasAttribute('data-stale')} map=${article.querySelector('.map-view')?.innerHTML.slice(0, 200)}`;
        }, i);
        throw new Error(`${e.message}\n${state}`);
      });
  }
  // The last change has been drawn (maps follow a paint after the state).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => setTimeout(r, 50)), 0))));
  return page.$$eval('svg[data-map]', (maps) =>
    Object.fromEntries(
      maps.map((svg) => {
        const shapes = svg.querySelector('[data-knr]') ? 'knr' : 'fylke';
        const regions = [...svg.querySelectorAll(`[data-${shapes}]`)].map((el) => {
          const out = { id: el.getAttribute(`data-${shapes}`) };
          for (const name of ['count', 'n', 'share', 'code', 'status']) {
            if (el.hasAttribute(`data-${name}`)) out[name] = el.getAttribute(`data-${name}`);
          }
          return out;
        });
        return [svg.dataset.map, { level: svg.dataset.level, shapes, column: svg.dataset.column, regions }];
      }),
    ),
  );
}

/// The core's maps for a query, regions in the page's order (the geometry's: by number).
function expectedMaps(query) {
  const maps = expected(query).maps;
  for (const map of Object.values(maps)) map.regions.sort((a, b) => a.id.localeCompare(b.id));
  return maps;
}

function sortRegions(maps) {
  for (const map of Object.values(maps)) map.regions.sort((a, b) => a.id.localeCompare(b.id));
  return maps;
}

test('kartene er lik kjernens tall for filtre satt i nettadressen', async () => {
  for (const query of [
    'kart=fylke',
    'kart=fylke&type=kommune&size=small',
    // Weighted to the population (issue 26): the fylke shares follow the weights.
    'kart=fylke&type=kommune&vekt=1',
    'kart=fylke&landsdel=Vestlandet,Nord-Norge&split=size',
    'kart=kommune',
    'kart=kommune&type=kommune&fylke=12,14',
    'kart=kommune&type=fylkeskommune',
  ]) {
    const { page, problems, close } = await s.openReady(query);
    try {
      const maps = sortRegions(await readMaps(page));
      const want = expectedMaps(query);
      assert.equal(Object.keys(maps).length, 8, query);
      assert.deepEqual(maps, want, query);
      // Fylke maps: every fylke; kommune maps: every kommune (or fylkeskommune) of 2017.
      for (const map of Object.values(maps)) {
        const regions = map.regions.length;
        assert.ok(map.shapes === 'fylke' ? regions <= 19 : regions === 426, `${query}: ${regions}`);
      }
      if (query.startsWith('kart=fylke&type=kommune&size=small')) {
        assert.ok(Object.values(maps).some((m) => m.regions.some((r) => r.count === ':')), 'suppressed fylker are marked');
      }
      assert.deepEqual(problems, clean, query);
    } finally {
      await close();
    }
  }
});

test('kartkoden og kartfilen hentes først når et kart vises', async () => {
  const { page, problems, close } = await s.openReady('', { serviceWorkers: 'block' });
  try {
    const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    const onDemand = (paths) => paths.filter((p) => /\/(kart-|map-view-|map-worker)/.test(p));
    // Every question brought near once, without a map: nothing of the maps is fetched.
    const articles = page.locator('article.question');
    for (let i = 0; i < (await articles.count()); i++) await articles.nth(i).scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    assert.deepEqual(onDemand(await fetched()), []);
    await page.getByRole('combobox', { name: 'Kart', exact: true }).selectOption('fylke');
    await page.locator('#q-komp_med .map-view').scrollIntoViewIfNeeded();
    await page.waitForSelector('#q-komp_med svg[data-map] path');
    assert.ok(onDemand(await fetched()).some((p) => /\/map-view-[0-9a-f]{10,16}\.js$/.test(p)));
    // The service worker is blocked here, so that its precaching does not fetch the files.
    const blocked = (line) => line.includes('Service Worker registration blocked');
    assert.deepEqual({ ...problems, console: problems.console.filter((line) => !blocked(line)) }, clean);
  } finally {
    await close();
  }
});

test('kartene følger filtrene satt med kontrollene, og valget står i nettadressen', async () => {
  const { page, problems, close } = await s.openReady('');
  try {
    assert.equal(await page.locator('svg[data-map]').count(), 0, 'no map unless chosen');
    await page.getByRole('combobox', { name: 'Kart', exact: true }).selectOption('fylke');
    await page.waitForFunction(() => location.search.includes('kart=fylke'));
    await page.getByRole('radio', { name: 'Kommuner', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Vestlandet' }).check();
    await page.waitForFunction(() => location.search.includes('landsdel='));
    const query = await currentQuery(page);
    assert.equal(query, 'type=kommune&landsdel=Vestlandet&kart=fylke');
    assert.deepEqual(sortRegions(await readMaps(page)), expectedMaps(query));
    // Another level, and «Nullstill» keeps the map.
    await page.getByRole('combobox', { name: 'Kart', exact: true }).selectOption('kommune');
    await page.getByRole('button', { name: 'Nullstill' }).click();
    await page.waitForFunction(() => location.search === '?kart=kommune');
    assert.deepEqual(sortRegions(await readMaps(page)), expectedMaps('kart=kommune'));
    // Another item of a question with several.
    const select = page.locator('#q-komp_med').getByRole('combobox', { name: 'Punkt på kartet' });
    await select.selectOption({ label: 'Innovasjon' });
    await page.waitForFunction(() => document.querySelector('#q-komp_med svg[data-map]').dataset.column === 'komp_med.innovasjon');
    await page.getByRole('combobox', { name: 'Kart', exact: true }).selectOption('');
    await page.waitForFunction(() => !location.search.includes('kart'));
    assert.equal(await page.locator('svg[data-map]').count(), 0);
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('kartvalget følger med i «Bygg inn», og den innebygde visningen viser kartene', async () => {
  const { page, problems, close } = await s.openReady('kart=fylke&type=kommune');
  try {
    // Every section drawn first («Om dataene» comes last): the sections above «Effekter» grow
    // while they are revealed, and a click aimed at its button could land elsewhere.
    await page.locator('#om-dataene').waitFor({ state: 'attached' });
    await page.locator('#effekter .embed-open').click();
    await page.getByRole('dialog', { name: 'Bygg inn denne visningen' }).waitFor();
    const snippet = await page.locator('#bygg-inn-kode').inputValue();
    const src = new URL(snippet.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&'));
    assert.equal(src.searchParams.get('kart'), 'fylke', snippet);
    assert.equal(src.searchParams.get('embed'), '1', snippet);
    // The embedded view: the section's maps, equal to the core.
    await page.goto(`${s.server.url}${src.search}`);
    await ready(page);
    const maps = sortRegions(await readMaps(page));
    const want = expectedMaps('kart=fylke&type=kommune');
    assert.ok(Object.keys(maps).length > 0);
    for (const [qid, map] of Object.entries(maps)) assert.deepEqual(map, want[qid], qid);
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('et trykk på en kommune åpner siden dens, og lokaliseringskartet markerer den', async () => {
  const { page, problems, close } = await s.openReady('kart=kommune');
  try {
    await page.locator('#q-komp_med .map-view').scrollIntoViewIfNeeded();
    await page.waitForSelector('#q-komp_med svg[data-map] [data-knr="1201"]');
    // Hover names the region and its answer.
    await page.locator('#q-komp_med [data-knr="1201"]').hover();
    await page.waitForFunction(() => document.querySelector('#q-komp_med .map-hover').textContent.startsWith('Bergen: '));
    await page.locator('#q-komp_med [data-knr="1201"]').click();
    await page.waitForFunction(() => location.search === '?kommune=1201');
    await ready(page);
    assert.equal(await page.locator('h2#org-tittel').textContent(), 'Bergen');
    await page.waitForSelector('svg[data-locator="1201"] .marked[data-knr="1201"]');
    assert.equal(await page.locator('svg[data-locator] .marked').count(), 1);
    assert.match(await page.locator('svg[data-locator]').getAttribute('aria-label'), /Bergen, i Hordaland/);
    // A fylkeskommune's page marks its fylke.
    await page.goto(`${s.server.url}?fylkeskommune=12`);
    await page.waitForSelector('svg[data-locator="12"] .marked[data-fylke="12"]');
    assert.equal(await page.locator('svg[data-locator] [data-knr]').count(), 0);
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('kartene kan lastes ned som PNG og SVG med kilde og kartgrunnlag', async () => {
  const query = 'kart=fylke&type=kommune&size=large';
  const { page, close } = await s.openReady(query);
  try {
    const article = page.locator('#q-komp_strategi');
    await article.locator('.map-view').scrollIntoViewIfNeeded();
    await page.waitForSelector('#q-komp_strategi svg[data-map] path');
    const download = async (name) => {
      const [file] = await Promise.all([page.waitForEvent('download'), article.getByRole('button', { name }).click()]);
      return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
    };
    const svg = await download('Last ned kart (SVG)');
    assert.equal(svg.name, 'arbeidsgivermonitoren-2017-komp_strategi-kart.svg');
    const text = svg.bytes.toString('utf8');
    assert.match(text, /^<svg /);
    for (const part of [
      'Har dere en strategi for å dekke kompetansebehovet?',
      'per fylke',
      'Kommuner; størrelse: store',
      'Kilde: KS, Arbeidsgivermonitoren 2017 (demodata)',
      'Kartgrunnlag: Kartverket (forenklet)',
    ]) {
      assert.ok(text.includes(part), part);
    }
    assert.equal((text.match(/data-fylke="/g) ?? []).length, 19);
    // Well-formed: the browser's XML parser reads it.
    assert.equal(await page.evaluate((t) => new DOMParser().parseFromString(t, 'image/svg+xml').querySelector('parsererror'), text), null);
    const png = await download('Last ned kart (PNG)');
    assert.equal(png.name, 'arbeidsgivermonitoren-2017-komp_strategi-kart.png');
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.ok(png.bytes.length > 20000);
    // Twice the size of the SVG (drawn at 2×): width 1 920 px.
    assert.equal(png.bytes.readUInt32BE(16), 1920);
  } finally {
    await close();
  }
});

test('etter ett besøk med kart virker kartene uten server', async () => {
  const browser = await launch();
  const server = await startServer({ root: ROOT });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}?kart=kommune`);
    await ready(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
    await page.locator('#q-komp_med .map-view').scrollIntoViewIfNeeded();
    await page.waitForSelector('#q-komp_med svg[data-map] path');
    await server.close();
    const problems = watch(page, server.origin);
    await page.reload();
    await ready(page);
    const maps = sortRegions(await readMaps(page));
    assert.deepEqual(maps, expectedMaps('kart=kommune'));
    await page.goto(`${server.url}?kommune=1201`);
    await page.waitForSelector('svg[data-locator="1201"]');
    assert.deepEqual(problems.failed, []);
    await context.close();
  } finally {
    await browser.close();
    await server.close().catch(() => {});
  }
});

for (const width of [1280, 320]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finner ingen brudd med kart (${width} px, ${colorScheme})`, async () => {
      const { page, close } = await s.openReady('kart=kommune&type=kommune', { viewport: { width, height: 900 }, colorScheme });
      try {
        await readMaps(page);
        assert.deepEqual(await axeViolations(page), []);
        if (width === 320) assert.equal(await sidewaysOverflow(page), 0, 'no sideways scrolling at 320 px');
        await page.getByRole('combobox', { name: 'Kart', exact: true }).selectOption('fylke');
        await readMaps(page);
        assert.deepEqual(await axeViolations(page), []);
        await page.goto(`${s.server.url}?kommune=1144`);
        await page.waitForSelector('svg[data-locator="1144"]');
        assert.deepEqual(await axeViolations(page), []);
      } finally {
        await close();
      }
    });
  }
}

test('kartfilen har alle 426 kommuner og 19 fylker fra 2017, og holder seg under 60 KB gzip', () => {
  const name = fs.readdirSync(ROOT).find((f) => /^kart-[0-9a-f]{10,16}\.svg$/.test(f));
  assert.ok(name, 'the map file has a hashed name');
  const svg = fs.readFileSync(path.join(ROOT, name), 'utf8');
  const ids = (kind) => [...svg.matchAll(new RegExp(`data-${kind}="(\\d+)"`, 'g'))].map((m) => m[1]);
  const csvIds = (file) => fs.readFileSync(file, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[0]);
  assert.deepEqual(ids('knr').sort(), csvIds('data/kommuner_2017.csv').sort());
  assert.deepEqual(ids('fylke').sort(), csvIds('data/fylker_2017.csv').sort());
  for (const knr of ['1144', '1835', '0301']) assert.match(svg, new RegExp(`data-knr="${knr}" d="M`), knr);
  const gz = fs.readFileSync(path.join(ROOT, `${name}.gz`));
  assert.ok(zlib.gunzipSync(gz).toString('utf8') === svg);
  assert.ok(gz.length <= 60_000, `map data is ${gz.length} bytes gzip`);
  // The page names it, and does not fetch it with the page.
  const html = fs.readFileSync(path.join(ROOT, 'index.html'), 'utf8');
  const manifest = JSON.parse(html.match(/<meta name="agm-files" content="([^"]*)">/)[1].replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
  assert.equal(manifest.kart, `./${name}`);
  assert.ok(!new RegExp(`<link[^>]+${name}`).test(html));
});
