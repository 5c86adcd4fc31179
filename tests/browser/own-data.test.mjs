// «Åpne egne data» (issue 13): a reader's own respondent file, opened through the file input or
// dropped on the dialog, is read, checked and kept in the browser (the import worker, loaded on
// first need), and every view then shows it: the tables equal the core's on the same file
// (src/bin/expected_view.rs with the file). It survives a reload and an offline reload, «Glem
// dataene» removes it from IndexedDB, a bad file gives its message and changes nothing, the
// whole flow works by keyboard, axe finds nothing, and no request leaves the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from './server.mjs';
import { launch, watch } from './browser.mjs';
import { session, clean, ready, readTables, expectedTables, axeViolations } from './helpers.mjs';
import { writeBigValueCsv } from './hostile-data.mjs';

const s = session({ root: process.env.AGM_DIST ?? 'dist' });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egne-data-'));
const BUNDLED = fs.readFileSync('data/respondents.csv', 'utf8').trim().split('\n');

/// Writes a file for the test and returns its path.
function fixture(name, content) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/// The first `rows` answers of the bundled file as Norwegian Excel saves CSV: Windows-1252, `;`,
/// CRLF, with a `navn` column of names with æøå.
function norwegianCsv(rows) {
  const lines = BUNDLED.slice(0, rows + 1).map((line, i) => {
    const [id, type, ...rest] = line.split(',');
    return [id, type, i === 0 ? 'navn' : '"Bærum, Ålesund og Tromsø"', ...rest].join(';');
  });
  return Buffer.from(lines.join('\r\n') + '\r\n', 'latin1');
}

const OWN = fixture('egne-svar.csv', norwegianCsv(150));
const XLSX = 'tests/fixtures/svar-libreoffice.xlsx';

/// The core's tables for `query` with the files opened as the page opens them.
function expectedFor(query, ...files) {
  const e = JSON.parse(execFileSync('target/debug/expected-view', [query, ...files], { encoding: 'utf8' }));
  return Object.fromEntries(Object.entries(e.questions).map(([qid, q]) => [qid, q.rows]));
}

const banner = (page) => page.locator('.own-data-banner');

async function openDialog(page) {
  await page.locator('#egne-data-apne').click();
  await page.locator('dialog.own-data-dialog[open]').waitFor();
}

/// Opens files through the dialog's file input and waits until the page shows them.
async function openFiles(page, files) {
  await openDialog(page);
  await page.locator('#egne-data-filer').setInputFiles(files);
  await banner(page).waitFor({ timeout: 20000 });
  await ready(page);
}

/// What IndexedDB keeps, as the worker stores it (null when nothing is kept).
const kept = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        const request = indexedDB.open('agm-egne-data', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('data');
        request.onsuccess = () => {
          const get = request.result.transaction('data').objectStore('data').get('opened');
          get.onsuccess = () => {
            resolve(get.result ? { files: get.result.files, bytes: get.result.snapshot.length } : null);
            request.result.close();
          };
        };
      }),
  );

/// Every request a page makes, with its method.
function recordRequests(page) {
  const requests = [];
  page.on('request', (r) => requests.push({ method: r.method(), url: r.url() }));
  return requests;
}

test('en fil åpnet med filvelgeren vises i alle tabellene som kjernen regner dem ut, og ingenting sendes', async () => {
  const { page, problems, close } = await s.openReady();
  const requests = recordRequests(page);
  try {
    assert.ok((await page.locator('.demo-notice').count()) > 0);
    await openFiles(page, OWN);
    const heading = await banner(page).locator('h2').textContent();
    assert.match(heading, /^Du ser egne data fra «egne-svar\.csv», åpnet \d+\. \p{L}+ \d{4} kl\. \d\d\.\d\d\.$/u);
    assert.match(await banner(page).textContent(), /Ingenting er sendt noe sted/);
    // The keyboard focus is on the banner's heading.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'egne-data-banner');
    // Without a dataset.json the answers are «egne data», not demo data.
    assert.equal(await page.locator('.demo-notice').count(), 0);
    assert.equal(await page.locator('.own-tag').textContent(), 'Egne data');
    assert.deepEqual(await readTables(page), expectedFor('', OWN));
    // Filters work on the opened data, and the URL says nothing of them.
    await page.getByRole('radio', { name: 'Kommuner', exact: true }).check();
    await page.waitForFunction(() => location.search === '?type=kommune');
    assert.deepEqual(await readTables(page), expectedFor('type=kommune', OWN));
    assert.ok(!/egne|svar\.csv/.test(await page.evaluate(() => location.href)));
    // «Bygg inn» says why own data are not embedded, and offers no code.
    await page.locator('#effekter .embed-open').click();
    const embed = page.locator('dialog.embed-dialog');
    assert.match(await embed.textContent(), /Egne data kan ikke bygges inn/);
    assert.equal(await embed.locator('textarea').isVisible(), false);
    await page.keyboard.press('Escape');
    // Every request was a GET of the page's own files: nothing of the file went anywhere.
    assert.ok(requests.some((r) => /import-worker_bg-[0-9a-f]+\.wasm$/.test(r.url)), 'the import worker was loaded');
    for (const r of requests) {
      assert.equal(r.method, 'GET', r.url);
      assert.ok(r.url.startsWith(s.server.origin) || r.url.startsWith('blob:') || r.url.startsWith('data:'), r.url);
    }
    assert.deepEqual(problems, clean);
    assert.deepEqual(await kept(page), { files: ['egne-svar.csv'], bytes: (await kept(page)).bytes });
  } finally {
    await close();
  }
});

test('egne data vises igjen etter ny lasting og uten nett, og «Glem dataene» fjerner dem fra IndexedDB', async () => {
  const server = await startServer();
  const browser = await launch();
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page, server.origin);
  try {
    await page.goto(server.url);
    await ready(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
    await openFiles(page, XLSX);
    const expectedXlsx = expectedFor('', XLSX);
    assert.deepEqual(await readTables(page), expectedXlsx);
    // A reload shows them again (kept in IndexedDB, nothing in the URL).
    await page.reload();
    await banner(page).waitFor({ timeout: 20000 });
    await ready(page);
    assert.match(await banner(page).textContent(), /«svar-libreoffice\.xlsx»/);
    assert.deepEqual(await readTables(page), expectedXlsx);
    // And without the network: the import worker and the script were precached.
    await server.close();
    await page.reload();
    await banner(page).waitFor({ timeout: 20000 });
    await ready(page);
    assert.deepEqual(await readTables(page), expectedXlsx);
    // «Glem dataene»: gone from the machine, the published figures back.
    await banner(page).getByRole('button', { name: 'Glem dataene' }).click();
    await page.locator('.demo-notice').first().waitFor();
    await page.waitForFunction(() => document.querySelector('.own-notice')?.textContent.includes('glemt'));
    assert.equal(await banner(page).count(), 0);
    assert.equal(await kept(page), null);
    assert.equal(await page.evaluate(() => localStorage.getItem('agm-egne-data')), null);
    assert.deepEqual(await readTables(page), expectedTables(''));
    await page.reload();
    await ready(page);
    assert.equal(await banner(page).count(), 0);
    assert.deepEqual(problems.errors, []);
  } finally {
    await context.close();
    await browser.close();
    await server.close().catch(() => {});
  }
});

test('filer sluppet på dialogen åpnes; «Tilbake til publiserte tall» beholder dem til «Vis dem igjen»', async () => {
  const { page, problems, close } = await s.openReady();
  try {
    await openDialog(page);
    const bytes = [...fs.readFileSync(OWN)];
    await page.evaluate((bytes) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], 'sluppet.csv', { type: 'text/csv' }));
      const zone = document.querySelector('.drop-zone');
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await banner(page).waitFor({ timeout: 20000 });
    await ready(page);
    assert.match(await banner(page).textContent(), /«sluppet\.csv»/);
    assert.deepEqual(await readTables(page), expectedFor('', OWN));
    await banner(page).getByRole('button', { name: 'Tilbake til publiserte tall' }).click();
    await page.locator('.demo-notice').first().waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'egne-data-apne');
    assert.deepEqual(await readTables(page), expectedTables(''));
    // Kept, and offered again.
    assert.deepEqual((await kept(page)).files, ['sluppet.csv']);
    await openDialog(page);
    assert.match(await page.locator('dialog.own-data-dialog').textContent(), /«sluppet\.csv», åpnet .* er lagret på denne maskinen/);
    await page.getByRole('button', { name: 'Vis dem igjen' }).click();
    await banner(page).waitFor();
    await ready(page);
    assert.deepEqual(await readTables(page), expectedFor('', OWN));
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

/// Bad files and the message each gives (in the list, and in the report).
function badFiles() {
  const header = BUNDLED[0].split(',');
  const rows = BUNDLED.slice(1, 11);
  const csv = (head, body) => [head.join(','), ...body].join('\n') + '\n';
  const wrongColumn = [...header];
  wrongColumn[3] = 'komp_med.feil';
  const missing = header.filter((_, i) => i !== 4);
  const withRow = (i, f) => rows.map((r, j) => (j === i ? f(r.split(',')).join(',') : r));
  return [
    ['feil-kolonne.csv', csv(wrongColumn, rows), '«komp_med.feil»'],
    ['mangler-kolonne.csv', csv(missing, rows.map((r) => r.split(',').filter((_, i) => i !== 4).join(','))), `kolonne «${header[4]}»`],
    ['ukjent-kommune.csv', csv(header, withRow(2, (f) => ['9999', ...f.slice(1)])), '9999'],
    ['dobbel.csv', csv(header, [...rows, rows[0]]), 'linje 12'],
    ['utenfor-skalaen.csv', csv(header, withRow(0, (f) => [...f.slice(0, 2), '42', ...f.slice(3)])), 'linje 2'],
    ['tom.csv', '', 'tom.csv'],
    ['bilde.csv', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'ikke en tekstfil'],
  ];
}

test('hver feil i en fil gir sin melding, kan lastes ned som rapport, og siden er som før', async () => {
  const { page, problems, close } = await s.openReady();
  try {
    const before = await readTables(page);
    await openDialog(page);
    for (const [name, content, message] of badFiles()) {
      await page.locator('#egne-data-filer').setInputFiles(fixture(name, content));
      const faults = page.locator('.own-faults');
      await faults.waitFor();
      const text = await faults.textContent();
      assert.match(text, /Filene ble ikke åpnet: \d+ feil\./, name);
      assert.ok(text.includes(name) && text.includes(message), `${name}: ${text}`);
      const [download] = await Promise.all([page.waitForEvent('download'), faults.getByRole('button', { name: 'Last ned feilrapport' }).click()]);
      const report = fs.readFileSync(await download.path(), 'utf8');
      assert.ok(report.includes(name) && report.includes(message), report);
      assert.equal(await banner(page).count(), 0, name);
    }
    // 60 MB: refused by its size, before it is read, with the limit named.
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(60_000_000)], 'stor.csv'));
      const input = document.querySelector('#egne-data-filer');
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.waitForFunction(() => document.querySelector('.own-faults')?.textContent.includes('stor.csv'));
    assert.match(await page.locator('.own-faults').textContent(), /for stor til å åpnes her; grensen er 50 MB/);
    await page.keyboard.press('Escape');
    assert.ok((await page.locator('.demo-notice').count()) > 0);
    assert.deepEqual(await readTables(page), before);
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('HTML og formler i etikettene i en åpnet codebook vises som tekst og kjøres aldri', async () => {
  const { page, problems, close } = await s.openReady();
  try {
    const codebook = JSON.parse(fs.readFileSync('data/codebook.json', 'utf8'));
    const payload = '<img src=x onerror="window.__ran=1">=HYPERLINK("http://example.com")';
    codebook.themes[0].title.nb = payload;
    const file = fixture('codebook.json', JSON.stringify(codebook));
    await openFiles(page, [OWN, file]);
    assert.equal(await page.evaluate(() => window.__ran), undefined);
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    assert.ok((await page.locator('h2').allTextContents()).includes(payload));
    assert.match(await banner(page).textContent(), /«egne-svar\.csv» og «codebook\.json»/);
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('hele flyten med tastaturet alene: åpne, velge fil, lese banneret, glemme', async () => {
  const { page, problems, close } = await s.openReady();
  try {
    // Playwright intercepts file choosers from the first listener on (set before any key).
    const choosers = [];
    page.on('filechooser', (c) => choosers.push(c));
    await page.locator('#egne-data-apne').focus();
    await page.keyboard.press('Enter');
    await page.locator('dialog.own-data-dialog[open]').waitFor();
    // The dialog takes the focus (its first button); Tab to «Velg filer …» and press Enter: the
    // file chooser opens.
    await page.waitForFunction(() => document.activeElement?.closest('dialog.own-data-dialog'));
    let chooser = null;
    for (let i = 0; i < 10 && !chooser; i++) {
      if ((await page.evaluate(() => document.activeElement?.dataset?.action)) === 'choose') {
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => true);
        for (let wait = 0; wait < 50 && !choosers.length; wait++) await page.waitForTimeout(100);
        chooser = choosers[0];
      } else {
        await page.keyboard.press('Tab');
      }
    }
    assert.ok(chooser, 'the file button is reached by Tab');
    await chooser.setFiles(OWN);
    await banner(page).waitFor({ timeout: 20000 });
    await page.waitForFunction(() => document.activeElement?.id === 'egne-data-banner');
    // From the banner's heading, Tab reaches «Tilbake …» and «Glem dataene».
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Glem dataene');
    await page.keyboard.press('Enter');
    await page.locator('.demo-notice').first().waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'egne-data-apne');
    assert.equal(await kept(page), null);
    assert.deepEqual(problems, clean, JSON.stringify(problems));
  } finally {
    await close();
  }
});

test('koden for egne data hentes først når leseren åpner dialogen, og kartene viser de åpnede dataene', async () => {
  const context = await s.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = watch(page, s.server.origin);
  const requests = recordRequests(page);
  const close = () => context.close();
  await page.goto(`${s.server.url}?kart=fylke`);
  await ready(page);
  try {
    const fetched = () => requests.map((r) => new URL(r.url).pathname);
    const onDemand = (paths) => paths.filter((p) => /\/(import-worker|own-data-view-)/.test(p));
    await page.locator('#q-komp_med .map-view').scrollIntoViewIfNeeded();
    await page.waitForSelector('#q-komp_med svg[data-map] path');
    assert.deepEqual(onDemand(await fetched()), []);
    // How many answers each fylke's share is made of.
    const answers = () => page.$$eval('#q-komp_med svg[data-map] path[data-fylke][data-n]', (paths) => paths.reduce((sum, p) => sum + Number(p.dataset.n), 0));
    const before = await answers();
    await openFiles(page, OWN);
    assert.ok(onDemand(await fetched()).some((p) => /\/import-worker_bg-[0-9a-f]{10,16}\.wasm$/.test(p)));
    assert.ok(onDemand(await fetched()).some((p) => /\/own-data-view-[0-9a-f]{10,16}\.js$/.test(p)));
    // The maps are drawn from the opened answers (the map worker was sent them): 150 rows of
    // the bundled file's 254, so fewer answers behind the shares.
    await page.locator('#q-komp_med .map-view').scrollIntoViewIfNeeded();
    await page.waitForSelector('#q-komp_med svg[data-map] path[data-n]');
    const after = await answers();
    assert.ok(after > 0 && after < before && after <= 150, `${before} → ${after}`);
    const blocked = (line) => line.includes('Service Worker registration blocked');
    assert.deepEqual({ ...problems, console: problems.console.filter((line) => !blocked(line)) }, clean);
  } finally {
    await close();
  }
});

test('«Last ned mal» gir en mal som åpner seg, og en kommuneside viser de åpnede svarene', async () => {
  const { page, problems, close } = await s.openReady();
  try {
    await openDialog(page);
    const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned mal (CSV)' }).click()]);
    assert.equal(template.suggestedFilename(), 'mal-egne-svar.csv');
    const [guide] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned veiledning' }).click()]);
    assert.match(fs.readFileSync(await guide.path(), 'utf8'), /komp_med\.ikt: /);
    // The template opens as it is (every organisation, no answers).
    const file = path.join(dir, 'mal-egne-svar.csv');
    fs.copyFileSync(await template.path(), file);
    await page.locator('#egne-data-filer').setInputFiles(file);
    await banner(page).waitFor({ timeout: 20000 });
    await page.locator('#egne-data-apne').waitFor();
    // Own answers of 150 kommuner: a kommune among them answered, one after them did not.
    await openFiles(page, OWN);
    const responded = async (query) => {
      await page.goto(`${s.server.url}?${query}`);
      await banner(page).waitFor({ timeout: 20000 });
      await page.locator('.organisation').first().waitFor();
      return page.locator('.organisation').first().textContent();
    };
    const [first] = BUNDLED[1].split(',');
    const [later] = BUNDLED[200].split(',');
    assert.match(await responded(`kommune=${first}`), /Svarte på undersøkelsen\s*Ja/);
    assert.match(await responded(`kommune=${later}`), /Svarte på undersøkelsen\s*Nei/);
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('der nettleseren nekter lagring, virker siden og åpner filer likevel (uten å huske dem)', async () => {
  const context = await s.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The user denied storage', 'SecurityError');
      },
    });
  });
  const page = await context.newPage();
  const problems = watch(page, s.server.origin);
  try {
    await page.goto(s.server.url);
    await ready(page);
    await openFiles(page, OWN);
    assert.match(await banner(page).textContent(), /kunne ikke lagres på maskinen/);
    assert.deepEqual(await readTables(page), expectedFor('', OWN));
    await page.waitForFunction(async () => {
      const db = await new Promise((resolve) => {
        const request = indexedDB.open('agm-egne-data', 1);
        request.onsuccess = () => resolve(request.result);
      });
      const record = await new Promise((resolve) => {
        const get = db.transaction('data').objectStore('data').get('opened');
        get.onsuccess = () => resolve(get.result);
      });
      db.close();
      return record === undefined;
    });
    await page.reload();
    await ready(page);
    assert.equal(await banner(page).count(), 0);
    assert.deepEqual(problems, clean);
  } finally {
    await context.close();
  }
});

test('koden for egne data, med arbeidsbokleseren (calamine), veier under 300 KB gzip', () => {
  const size = (pattern) =>
    fs.readdirSync('dist').filter((f) => pattern.test(f) && !/\.(gz|br)$/.test(f)).reduce((sum, f) => sum + fs.statSync(path.join('dist', `${f}.gz`)).size, 0);
  // One language's import worker (each language has its own: issue 14).
  const importCode = size(/^(import-worker(?!-(nn|en)[-_]).*|own-data-view-[0-9a-f]+\.js)$/);
  const workbookReader = size(/^xlsx-reader/);
  console.log(`import code ${importCode} bytes gzip; workbook reader ${workbookReader} bytes gzip`);
  assert.ok(importCode > 50_000, `import code is ${importCode} bytes gzip`);
  // The workbook reader is fetched only for an .xlsx; one who opens one fetches both. With
  // encoding_rs's legacy tables it alone weighed 288 KB (docs/PERFORMANCE.md).
  assert.ok(workbookReader > 50_000, `workbook reader is ${workbookReader} bytes gzip`);
  assert.ok(importCode + workbookReader <= 300_000, `import code and workbook reader are ${importCode + workbookReader} bytes gzip`);
});

test('axe finner ingenting med banneret, framdriften og feillisten', async () => {
  const { page, close } = await s.openReady();
  try {
    // A file with a 49 MB answer takes long enough to show the progress bar (with «Avbryt»).
    await openDialog(page);
    await page.locator('#egne-data-filer').setInputFiles(writeBigValueCsv(path.join(dir, 'stor-verdi.csv')));
    await page.locator('progress#egne-data-framdrift').waitFor({ timeout: 20000 });
    assert.deepEqual(await axeViolations(page), [], 'progress');
    await page.locator('.own-faults').waitFor({ timeout: 60000 });
    // A file of 5 000 rows (the most a file may have) fails with many faults (a kommune
    // answers once), listed up to 50.
    const many = fixture('mange-rader.csv', [BUNDLED[0], ...Array.from({ length: 5_000 }, (_, i) => BUNDLED[1 + (i % (BUNDLED.length - 1))])].join('\n'));
    await page.locator('#egne-data-filer').setInputFiles(many);
    await page.waitForFunction(() => document.querySelector('.own-faults')?.textContent.includes('mange-rader.csv'), null, { timeout: 60000 });
    assert.match(await page.locator('.own-faults').textContent(), /og \d[\d\s]* til/);
    assert.deepEqual(await axeViolations(page), [], 'faults');
    await page.locator('#egne-data-filer').setInputFiles(OWN);
    await banner(page).waitFor({ timeout: 20000 });
    await ready(page);
    assert.deepEqual(await axeViolations(page), [], 'banner');
  } finally {
    await close();
  }
});

test('sammenligningen viser de åpnede svarene, og CSV-en sier at de er egne data', async () => {
  const { page, problems, close } = await s.openReady();
  try {
    await openFiles(page, OWN);
    // Trondheim (row 166 of the bundled file) is not among the 150 opened rows; Bergen is.
    await page.goto(`${s.server.url}?kommuner=1201,1601`);
    await banner(page).waitFor({ timeout: 20000 });
    await page.waitForSelector('table[data-question="dig_prioritet"] td[data-org="1601"]', { state: 'attached', timeout: 20000 });
    assert.equal(await page.locator('table[data-question="dig_prioritet"] td[data-org="1601"]').textContent(), 'deltok ikke i undersøkelsen');
    const bergen = await page.locator('table[data-question="dig_prioritet"] td[data-org="1201"]').getAttribute('data-code');
    assert.equal(bergen, BUNDLED.find((line) => line.startsWith('1201,')).split(',')[17]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.comparison .download-csv').click()]);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    assert.match(csv.trim().split('\r\n').at(-1), /egne data/);
    assert.match(await page.locator('.comparison .print-only').textContent(), /egne data/);
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('på sammenligningen virker bannerets knapper: tilbake til publiserte tall, og glem', async () => {
  const { page, problems, close } = await s.openReady();
  try {
    await openFiles(page, OWN);
    await page.goto(`${s.server.url}?kommuner=1201,1601`);
    await banner(page).waitFor({ timeout: 20000 });
    const trondheim = 'table[data-question="dig_prioritet"] td[data-org="1601"]';
    const published = BUNDLED.find((line) => line.startsWith('1601,')).split(',')[17];
    await page.waitForFunction((cell) => document.querySelector(cell)?.textContent === 'deltok ikke i undersøkelsen', trondheim, { timeout: 20000 });
    // Back to the published figures: the comparison shows Trondheim's answer, and the focus
    // is on the page, not lost.
    await banner(page).getByRole('button', { name: 'Tilbake til publiserte tall' }).click();
    await page.waitForFunction(([cell, code]) => document.querySelector(cell)?.dataset.code === code, [trondheim, published], { timeout: 20000 });
    assert.equal(await banner(page).count(), 0);
    assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), 'BODY');
    assert.equal(await page.evaluate(() => location.search), '?kommuner=1201,1601');
    // Shown again, then forgotten.
    await page.goto(`${s.server.url}?type=kommune`);
    await ready(page);
    await openDialog(page);
    await page.getByRole('button', { name: 'Vis dem igjen' }).click();
    await banner(page).waitFor();
    await page.goto(`${s.server.url}?kommuner=1201,1601`);
    await page.waitForFunction((cell) => document.querySelector(cell)?.textContent === 'deltok ikke i undersøkelsen', trondheim, { timeout: 20000 });
    await banner(page).getByRole('button', { name: 'Glem dataene' }).click();
    await page.waitForFunction(([cell, code]) => document.querySelector(cell)?.dataset.code === code, [trondheim, published], { timeout: 20000 });
    assert.equal(await kept(page), null);
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});
