// Issue 22: opened files and links can't hurt the page. A codebook whose question id is markup,
// a two-cell workbook that spans the sheet, a shared-strings bomb and a 50 MB cell each give a
// clear fault and leave the page whole; an opening can be cancelled, and «Glem dataene» and a
// failed opening end the import worker; «lagret» is said only once IndexedDB has committed, and
// a failed removal is said; the kept data carry no language; another tab's opening and
// forgetting reach this one; `lang=` has one rule for the loader and the app; web/embed.js runs
// before there is a body; downloads revoke their URL later.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { session, clean, ready, readTables, expectedTables } from './helpers.mjs';
import { watch } from './browser.mjs';
import { pageLanguage } from '../../scripts/post-build.mjs';
import { HOSTILE_ID, writeBigValueCsv } from './hostile-data.mjs';

const s = session();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fiendtlig-'));
const BUNDLED = fs.readFileSync('data/respondents.csv', 'utf8').trim().split('\n');

function fixture(name, content) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

const OWN = fixture('egne-svar.csv', BUNDLED.slice(0, 151).join('\n') + '\n');
const OTHER = fixture('andre-svar.csv', [BUNDLED[0], ...BUNDLED.slice(151, 301)].join('\n') + '\n');
const banner = (page) => page.locator('.own-data-banner');
const faults = (page) => page.locator('.own-faults');

const bigFile = () => writeBigValueCsv(path.join(dir, 'stor-verdi.csv'));

async function openDialog(page) {
  await page.locator('#egne-data-apne').click();
  await page.locator('dialog.own-data-dialog[open]').waitFor();
}

async function choose(page, files) {
  await page.locator('#egne-data-filer').setInputFiles(files);
}

/// The import workers a page starts, each with whether it has ended.
function trackImportWorkers(page) {
  const workers = [];
  page.on('worker', (worker) => {
    if (!/import-worker/.test(worker.url())) return;
    const entry = { worker, closed: false };
    worker.on('close', () => (entry.closed = true));
    workers.push(entry);
  });
  return workers;
}

async function waitFor(condition, what, timeout = 10000) {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited > timeout) throw new Error(`waited ${timeout} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const note = (page) => page.evaluate(() => localStorage.getItem('agm-egne-data'));

test('lasteren og appen følger én regel for lang= (tests/lang_rule_cases.json)', () => {
  const { cases } = JSON.parse(fs.readFileSync('tests/lang_rule_cases.json', 'utf8'));
  assert.ok(cases.length >= 30);
  // As location.search gives it: without the fragment.
  for (const [search, lang] of cases) assert.equal(pageLanguage(search.split('#')[0]), lang, search);
  // The page's loader runs this very function.
  const page = fs.readFileSync('dist/index.html', 'utf8');
  assert.ok(page.includes(pageLanguage.toString()), 'the loader carries pageLanguage');
  assert.doesNotMatch(page, /builds\[new URLSearchParams/);
});

test('lang=constructor, __proto__ og toString gir bokmål med en merknad; lang=nn&lang=en og lang=%20en gir engelsk', async () => {
  for (const value of ['constructor', '__proto__', 'toString']) {
    const { page, problems, close } = await s.openReady(`lang=${value}`);
    try {
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'nb', value);
      assert.match(await page.locator('.url-notes').innerText(), new RegExp(`«${value}» for «lang»`), value);
      assert.ok((await page.locator('table.data, article.question').count()) > 0, value);
      assert.deepEqual(problems, clean, value);
    } finally {
      await close();
    }
  }
  for (const query of ['lang=nn&lang=en', 'lang=%20en', 'lang=xx&lang=en']) {
    const { page, close } = await s.openReady(query);
    try {
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', query);
      assert.equal(await page.locator('#egne-data-apne').textContent(), 'Open your own data', query);
    } finally {
      await close();
    }
  }
});

test('en codebook med en spørsmåls-id som er HTML gir en feil, og ingenting av den kommer inn i siden (med kart)', async () => {
  const { page, problems, close } = await s.openReady('kart=fylke');
  try {
    await page.locator('#q-komp_med .map-view').scrollIntoViewIfNeeded();
    await page.locator('#q-komp_med svg[data-map] path').first().waitFor({ timeout: 20000 });
    const codebook = fs.readFileSync('data/codebook.json', 'utf8').replace('"id": "komp_med"', `"id": ${JSON.stringify(HOSTILE_ID)}`);
    const answers = [BUNDLED[0].replaceAll('komp_med.', `${HOSTILE_ID}.`), ...BUNDLED.slice(1, 151)].join('\n');
    await openDialog(page);
    await choose(page, [fixture('codebook.json', codebook), fixture('svar-id.csv', answers)]);
    await faults(page).waitFor({ timeout: 20000 });
    const text = await faults(page).textContent();
    assert.match(text, /codebook\.json, linje \d+, kolonne «questions\[0\]\.id», verdi «q"><img src=x id=pwned><style>main\{visib…»: en id kan bare ha/);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#pwned, img[src="x"]').count(), 0);
    assert.equal(await page.evaluate(() => [...document.querySelectorAll('style')].some((s) => s.textContent.includes('main{visibility:hidden}'))), false);
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('main')).visibility), 'visible');
    assert.equal(await banner(page).count(), 0);
    // Nothing was kept: the next visit is the published page.
    assert.equal(await note(page), null);
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('en arbeidsbok med cellene A1 og XFD1048576 og en bombe av delte strenger gir hver sin feil, raskt', async () => {
  const { page, problems, close } = await s.openReady();
  try {
    const before = await readTables(page);
    await openDialog(page);
    for (const [file, message] of [
      ['tests/fixtures/to-celler.xlsx', /to-celler\.xlsx, rad 1048576: mer enn 500 kolonner/],
      ['tests/fixtures/delte-strenger-bombe.xlsx', /delte-strenger-bombe\.xlsx, verdi «xl\/sharedStrings\.xml»: arbeidsboken blir for stor når den pakkes ut \(over 50 MB\)/],
    ]) {
      await choose(page, file);
      await page.waitForFunction((name) => document.querySelector('.own-faults')?.textContent.includes(name), path.basename(file), { timeout: 20000 });
      assert.match(await faults(page).textContent(), message);
    }
    await page.keyboard.press('Escape');
    assert.deepEqual(await readTables(page), before);
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('«Avbryt» stopper en åpning; en mislykket åpning avslutter arbeideren; en feil siterer høyst 40 tegn', async () => {
  const { page, problems, close } = await s.openReady();
  const workers = trackImportWorkers(page);
  try {
    const big = bigFile();
    await openDialog(page);
    await choose(page, big);
    const cancel = page.locator('dialog.own-data-dialog').getByRole('button', { name: 'Avbryt' });
    await cancel.waitFor({ timeout: 20000 });
    await cancel.click();
    await page.waitForFunction(() => document.querySelector('dialog .own-notice')?.textContent === 'Åpningen er avbrutt. Siden viser det samme som før.');
    await waitFor(() => workers.length === 1 && workers[0].closed, 'the worker to end');
    assert.equal(await page.locator('dialog.own-data-dialog').getAttribute('aria-busy'), null);
    // Read to its end, the same file fails; its faults quote the 49 MB answer short.
    await choose(page, big);
    await faults(page).waitFor({ timeout: 60000 });
    const items = await faults(page).locator('li').allTextContents();
    assert.ok(items.some((item) => item.includes(`verdi «${'7'.repeat(40)}…»`)), items.join('\n'));
    assert.ok(items.every((item) => item.length < 400), 'every item short');
    const [download] = await Promise.all([page.waitForEvent('download'), faults(page).getByRole('button', { name: 'Last ned feilrapport' }).click()]);
    const report = fs.readFileSync(await download.path(), 'utf8');
    assert.ok(report.length < 20_000, `the report is ${report.length} characters`);
    await waitFor(() => workers.length === 2 && workers[1].closed, 'the failed opening to end its worker');
    // A new worker opens the next file.
    await choose(page, OWN);
    await banner(page).waitFor({ timeout: 20000 });
    assert.equal(workers.length, 3);
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('filer med ukjent navn og for store filer til sammen avvises før noen leses', async () => {
  const { page, problems, close } = await s.openReady();
  try {
    await openDialog(page);
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(40_000_000)], 'svar.csv'));
      transfer.items.add(new File([new Uint8Array(30_000_000)], 'codebook.json'));
      transfer.items.add(new File(['hei'], 'notater.txt'));
      const input = document.querySelector('#egne-data-filer');
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await faults(page).waitFor({ timeout: 20000 });
    const text = await faults(page).textContent();
    assert.match(text, /notater\.txt: åpne én svarfil/);
    assert.match(text, /svar\.csv, codebook\.json, notater\.txt: filene er til sammen for store til å åpnes her; grensen er 60 MB/);
    assert.doesNotMatch(text, /ikke en tekstfil|linje/, 'nothing was read');
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

/// Makes the worker's IndexedDB abort the transaction after a `put` has succeeded, as a quota
/// met at the commit does.
const abortAfterPut = () => {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    const request = put.apply(this, args);
    request.addEventListener('success', () => this.transaction.abort());
    return request;
  };
};

test('dataene sies lagret bare når IndexedDB har fullført; en mislykket fjerning sies', async () => {
  const { page, problems, close } = await s.openReady();
  const workers = trackImportWorkers(page);
  try {
    await openDialog(page);
    await waitFor(() => workers.length === 1, 'the import worker');
    await workers[0].worker.evaluate(abortAfterPut);
    await choose(page, OWN);
    await banner(page).waitFor({ timeout: 20000 });
    assert.match(await banner(page).textContent(), /kunne ikke lagres på maskinen/);
    assert.equal(await note(page), null);
    // Kept for real this time (a new page, a new worker).
    await page.reload();
    await ready(page);
    await openDialog(page);
    await choose(page, OWN);
    await banner(page).waitFor({ timeout: 20000 });
    assert.match(await banner(page).textContent(), /lagret bare på denne maskinen/);
    // The removal fails (the database is of a later version than the worker opens, so the
    // worker cannot open it): the page says so, and offers «Glem dataene» again.
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const request = indexedDB.open('agm-egne-data', 2);
          request.onsuccess = () => resolve(request.result.close());
        }),
    );
    await banner(page).getByRole('button', { name: 'Glem dataene' }).click();
    await page.waitForFunction(() => document.querySelector('.own-notice')?.textContent.includes('kunne ikke fjernes'));
    assert.equal(await banner(page).count(), 0);
    assert.match(await note(page), /^lagret\n/);
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          indexedDB.deleteDatabase('agm-egne-data').onsuccess = resolve;
        }),
    );
    await openDialog(page);
    await page.locator('dialog.own-data-dialog').getByRole('button', { name: 'Glem dataene' }).click();
    await page.waitForFunction(() => document.querySelector('.own-notice')?.textContent.includes('er glemt'));
    assert.equal(await note(page), null);
    assert.deepEqual(problems.errors, []);
  } finally {
    await close();
  }
});

test('dataene som lagres, har ikke sidens språk: åpnet på nynorsk, sier bokmålssiden dem på bokmål', async () => {
  const { page, close } = await s.openReady('lang=nn');
  try {
    await page.locator('#egne-data-apne').click();
    await page.locator('dialog.own-data-dialog[open]').waitFor();
    await choose(page, OWN);
    await banner(page).waitFor({ timeout: 20000 });
    assert.match(await page.locator('#om-dataene').textContent(), /Svara er eigne data, lesne frå «egne-svar\.csv»/);
    await page.goto(s.server.url);
    await banner(page).waitFor({ timeout: 20000 });
    await ready(page);
    const about = await page.locator('#om-dataene').textContent();
    assert.match(about, /Svarene er egne data, lest fra «egne-svar\.csv»/);
    assert.doesNotMatch(about, /Svara er eigne/);
  } finally {
    await close();
  }
});

test('å åpne eller glemme data i én fane når de andre fanene', async () => {
  const context = await s.browser.newContext();
  try {
    const first = await context.newPage();
    const second = await context.newPage();
    const problems = watch(second, s.server.origin);
    await first.goto(s.server.url);
    await ready(first);
    await openDialog(first);
    await choose(first, OWN);
    await banner(first).waitFor({ timeout: 20000 });
    await second.goto(s.server.url);
    await banner(second).waitFor({ timeout: 20000 });
    await first.bringToFront();
    assert.match(await banner(second).textContent(), /«egne-svar\.csv»/);
    // Other data opened in the first tab: the second shows them, not a banner over the old.
    await openDialog(first);
    await choose(first, OTHER);
    await first.waitForFunction(() => document.querySelector('.own-data-banner')?.textContent.includes('andre-svar.csv'));
    await second.waitForFunction(() => document.querySelector('.own-data-banner')?.textContent.includes('andre-svar.csv'), null, { timeout: 20000 });
    // The tables are what the test compares (charts are drawn after a paint, which a tab in
    // the background may put off).
    await second.bringToFront();
    await second.waitForSelector('article#q-dig_effekt', { state: 'attached' });
    const expectedOther = await readTables(first);
    assert.deepEqual(await readTables(second), expectedOther);
    // Forgotten in the first: the second shows the published figures, and says why.
    await first.bringToFront();
    await banner(first).getByRole('button', { name: 'Glem dataene' }).click();
    await second.waitForFunction(() => document.querySelector('.own-notice')?.textContent.includes('glemt i en annen fane'), null, { timeout: 20000 });
    assert.equal(await banner(second).count(), 0);
    await second.bringToFront();
    await second.locator('.demo-notice').first().waitFor();
    assert.deepEqual(await readTables(second), expectedTables(''));
    assert.deepEqual(problems.errors, []);
  } finally {
    await context.close();
  }
});

test('web/embed.js uten ResizeObserver og før <body> finnes kaster ikke', () => {
  const source = fs.readFileSync('web/embed.js', 'utf8');
  const observed = [];
  class MutationObserver {
    observe(target) {
      if (!target) throw new TypeError("Failed to execute 'observe' on 'MutationObserver': parameter 1 is not of type 'Node'.");
      observed.push(target);
    }
  }
  const documentElement = { setAttribute() {}, getBoundingClientRect: () => ({ height: 100 }) };
  const window = { parent: { postMessage() {} }, addEventListener() {} };
  const document = { documentElement, body: null };
  vm.runInNewContext(source, { location: { search: '?embed=1' }, URLSearchParams, window, document, MutationObserver });
  assert.deepEqual(observed, [documentElement]);
});

test('en nedlasting trekker ikke tilbake adressen sin med en gang', async () => {
  // web/save-file.js (the page's scripts loaded on need), under Node with a stand-in document.
  const source = fs.readFileSync('web/save-file.js', 'utf8').replace(/^export /gm, '');
  const calls = [];
  const timers = [];
  const anchor = { style: {}, click: () => calls.push('click'), remove() {} };
  vm.runInNewContext(`${source}\nsaveFile('a.txt', new Blob(['x']));`, {
    Blob,
    URL: { createObjectURL: () => 'blob:x', revokeObjectURL: (url) => calls.push(`revoke ${url}`) },
    document: { createElement: () => anchor, body: { append() {} } },
    setTimeout: (f, ms) => timers.push([f, ms]),
  });
  assert.deepEqual(calls, ['click']);
  assert.equal(timers.length, 1);
  assert.ok(timers[0][1] >= 10_000);
  timers[0][0]();
  assert.deepEqual(calls, ['click', 'revoke blob:x']);
  // The page's own downloads (src/app/browser.rs): a CSV is saved whole, its URL kept after.
  const { page, problems, close } = await s.openReady();
  try {
    await page.evaluate(() => {
      window.__revoked = [];
      const revoke = URL.revokeObjectURL;
      URL.revokeObjectURL = (url) => {
        window.__revoked.push(url);
        revoke(url);
      };
    });
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#q-komp_med button', { hasText: 'CSV' }).click()]);
    assert.match(fs.readFileSync(await download.path(), 'utf8'), /komp_med/);
    await page.waitForTimeout(1000);
    assert.deepEqual(await page.evaluate(() => window.__revoked), []);
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});
