// The main loop, filter → see: key figures at the top that follow the filters, the side panel
// (wide) and the selection bar with chips and the filter dialog (narrow), charts updated at once
// near the viewport and before they come into view elsewhere, and compressed files as a host
// serves them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import { session, currentQuery, clean, expected, ready, axeViolations, sidewaysOverflow } from './helpers.mjs';

const s = session();

const open = s.openReady;
const search = currentQuery;

/// The key figures on the page: [{ id, parts: [{ type, count, n }], sentence }].
async function readKeyFigures(page) {
  return page.$$eval('[data-key-figure]', (cards) =>
    cards.map((card) => ({
      id: card.dataset.keyFigure,
      parts: [...card.querySelectorAll('.kf-part')].map((p) => ({
        type: p.dataset.type,
        count: p.dataset.count === ':' ? null : Number(p.dataset.count),
        n: p.dataset.count === ':' ? null : Number(p.dataset.n),
      })),
      sentence: card.querySelector('.kf-sentence').textContent,
    })),
  );
}

/// The chart values (% with one decimal) the core's tables give for a multi-item GRAD5
/// question: [[value per item] per group].
function expectedChartValues(query, qid) {
  const rows = expected(query).questions[qid].rows;
  const groups = [...new Set(rows.map((r) => r.group))];
  return groups.map((g) =>
    rows.filter((r) => r.group === g).map((r) => (r.counts === null ? null : Math.round((1000 * (r.counts['4'] + r.counts['5'])) / r.n) / 10)),
  );
}

const chartValues = (page, qid) =>
  page.evaluate((qid) => {
    const chart = window.echarts?.getInstanceByDom(document.querySelector(`#q-${qid} .chart`));
    return chart && chart.getOption().series.map((s) => s.data.map((d) => (d.value === '-' ? null : d.value)));
  }, qid);

const KEY_FIGURE_QUERIES = ['', 'type=kommune', 'type=fylkeskommune', 'type=kommune&size=large&landsdel=Vestlandet', 'fylke=12', 'size=small&split=fylke'];

test('nøkkeltallene er lik kjernens tall for filtre i nettadressen', async () => {
  for (const query of KEY_FIGURE_QUERIES) {
    const { page, problems, close } = await open(query);
    try {
      const e = expected(query);
      assert.deepEqual(await readKeyFigures(page), e.keyFigures, query);
      assert.equal(await page.textContent('.selection-words'), e.selection, query);
      assert.deepEqual(await page.locator('.chips button').allTextContents(), e.chips.map((c) => `${c} ×`), query);
      assert.deepEqual(problems, clean, query);
    } finally {
      await close();
    }
  }
});

test('nøkkeltallene følger kontrollene, og lenkene går til sine temaer', async () => {
  const { page, close } = await open();
  try {
    await page.getByRole('radio', { name: 'Kommuner', exact: true }).check();
    await page.getByRole('checkbox', { name: /^Store kommuner/ }).check();
    await page.waitForFunction(() => location.search === '?type=kommune&size=large');
    assert.deepEqual(await readKeyFigures(page), expected('type=kommune&size=large').keyFigures);
    const hrefs = await page.locator('.kf-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.deepEqual(hrefs, ['#kompetansebehov', '#kompetansestrategi', '#digitalisering', '#ikt_strategi', '#effekter', '#effekter', '#effekter']);
    await page.locator('[data-key-figure="styringsdata"] .kf-link').click();
    await page.waitForFunction(() => location.hash === '#effekter');
  } finally {
    await close();
  }
});

test('etter et filtervalg viser figurene i synsfeltet nye tall med en gang, og figurer lenger ned før de vises', async () => {
  const { page, close } = await open('', { viewport: { width: 1280, height: 800 } });
  try {
    await page.locator('#q-komp_med').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => window.echarts?.getInstanceByDom(document.querySelector('#q-komp_med .chart')));
    assert.deepEqual(await chartValues(page, 'komp_med'), expectedChartValues('', 'komp_med'));
    // Far below: drawn once, then left behind.
    await page.locator('#q-dig_effekt').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => window.echarts?.getInstanceByDom(document.querySelector('#q-dig_effekt .chart')));
    await page.locator('#q-komp_med').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector('#q-komp_med').hasAttribute('data-stale'));

    const query = 'type=kommune&size=large';
    await page.getByRole('radio', { name: 'Kommuner', exact: true }).check();
    await page.getByRole('checkbox', { name: /^Store kommuner/ }).check();
    await page.waitForFunction((q) => location.search === `?${q}`, query);
    await page.waitForFunction(() => !document.querySelector('#q-komp_med').hasAttribute('data-stale'));
    assert.deepEqual(await chartValues(page, 'komp_med'), expectedChartValues(query, 'komp_med'), 'the chart in view');
    assert.ok(await page.locator('#q-dig_effekt').getAttribute('data-stale'), 'a chart far below waits');
    assert.deepEqual(await chartValues(page, 'dig_effekt'), expectedChartValues('', 'dig_effekt'), 'still the old numbers, unseen');

    // Every frame, while the far chart is on screen and visible, record what it shows. A jump
    // (here: straight to it) can be faster than the update; the chart is then hidden, not stale.
    const record = () =>
      page.evaluate(() => {
        window.seen = [];
        window.hiddenFrames = 0;
        const div = document.querySelector('#q-dig_effekt .chart');
        const look = () => {
          const box = div.getBoundingClientRect();
          if (box.bottom > 0 && box.top < innerHeight) {
            if (getComputedStyle(div).visibility === 'visible') {
              window.seen.push(window.echarts?.getInstanceByDom(div).getOption().series.map((s) => s.data.map((d) => (d.value === '-' ? null : d.value))));
            } else {
              window.hiddenFrames++;
            }
          }
          if (window.seen.length < 5) requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
    await record();
    await page.locator('#q-dig_effekt').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => window.seen.length >= 5);
    for (const values of await page.evaluate(() => window.seen)) {
      assert.deepEqual(values, expectedChartValues(query, 'dig_effekt'), 'never the old numbers');
    }
    // Scrolling down step by step (as a reader does) reaches it already updated.
    await page.locator('#q-komp_med').scrollIntoViewIfNeeded();
    await page.getByRole('checkbox', { name: /^Store kommuner/ }).uncheck();
    await page.waitForFunction(() => location.search === '?type=kommune');
    assert.ok(await page.locator('#q-dig_effekt').getAttribute('data-stale'));
    await record();
    for (let y = 0; y < 40 && (await page.evaluate(() => window.seen.length)) < 5; y++) {
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(60);
    }
    for (const values of await page.evaluate(() => window.seen)) {
      assert.deepEqual(values, expectedChartValues('type=kommune', 'dig_effekt'), 'never the old numbers');
    }
    assert.equal(await page.evaluate(() => window.hiddenFrames), 0, 'scrolling never reaches a chart before it is updated');
  } finally {
    await close();
  }
});

test('hvert filter er en knapp som fjerner det, og fokus blir i linjen', async () => {
  const query = 'type=kommune&size=large&landsdel=Vestlandet';
  const { page, problems, close } = await open(query);
  try {
    const chips = page.locator('.chips button');
    assert.deepEqual(await chips.allTextContents(), ['Kommuner ×', 'Store ×', 'Vestlandet ×']);
    await page.getByRole('button', { name: 'Fjern filteret «Store»' }).click();
    await page.waitForFunction(() => location.search === '?type=kommune&landsdel=Vestlandet');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Vestlandet ×', 'focus moves to the next chip');
    assert.equal(await page.textContent('.selection-words'), expected('type=kommune&landsdel=Vestlandet').selection);
    assert.deepEqual(await readKeyFigures(page), expected('type=kommune&landsdel=Vestlandet').keyFigures);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search === '?type=kommune');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search === '');
    assert.equal(await chips.count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'utvalget', 'focus on the bar when no chip is left');
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('filterdialogen på smal skjerm virker med tastaturet alene', async () => {
  const { page, problems, close } = await open('', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  try {
    assert.equal(await page.locator('.filter-panel').isVisible(), false, 'no side panel on a phone');
    assert.equal(await page.locator('.filter-panel input').count(), 0, 'the filters are mounted when first opened');
    const opener = page.getByRole('button', { name: 'Endre utvalg' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('.filter-panel.open');
    await dialog.waitFor();
    assert.equal(await dialog.getAttribute('role'), 'dialog');
    assert.equal(await dialog.getAttribute('aria-modal'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Lukk', 'focus moves into the dialog');
    assert.ok(await page.locator('main').evaluate((m) => m.closest('[inert]') !== null || m.inert), 'the page behind is inert');
    await page.waitForSelector('.filter-panel.open input[name=type]');
    // Focus stays inside the dialog while tabbing through all of it.
    const focusables = await dialog.locator('button, input, summary').count();
    for (let i = 0; i < focusables + 3; i++) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(() => document.querySelector('.filter-panel').contains(document.activeElement));
      assert.ok(inside, `Tab ${i + 1} left the dialog`);
    }
    // Choose «Kommuner» with the arrow keys in the type group.
    await page.locator('.filter-panel input[name=type][value=alle]').focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => location.search === '?type=kommune');
    // The live count while choosing.
    const e = expected('type=kommune');
    assert.equal(await dialog.locator('.status').textContent(), e.status);
    assert.match(await dialog.locator('.show-result').textContent(), new RegExp(`^Vis ${e.selection.match(/(\d+) svar$/)[1]} svar$`));
    await page.keyboard.press('Escape');
    await page.waitForSelector('.filter-panel:not(.open)', { state: 'attached' });
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Endre utvalg', 'focus returns to the button');
    assert.equal(await page.locator('[inert]').count(), 0, 'nothing left inert');
    assert.equal(await page.textContent('.selection-words'), e.selection);
    // The close button and «Vis … svar» close it too.
    await opener.click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Lukk' }).click();
    await page.waitForSelector('.filter-panel:not(.open)', { state: 'attached' });
    await opener.click();
    await dialog.getByRole('button', { name: /^Vis \d+ svar$/ }).click();
    await page.waitForSelector('.filter-panel:not(.open)', { state: 'attached' });
    // «Sammenlign etter» is one choice away without the dialog.
    await page.getByRole('combobox', { name: 'Sammenlign etter' }).selectOption('fylke');
    await page.waitForFunction(() => location.search === '?type=kommune&split=fylke');
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('sidepanelet blir i synsfeltet mens figurene ruller forbi (1280 px)', async () => {
  const { page, close } = await open('', { viewport: { width: 1280, height: 800 } });
  try {
    const panel = page.locator('.filter-panel');
    assert.equal(await panel.getAttribute('role'), null, 'a panel, not a dialog, beside the charts');
    await page.locator('#q-dig_effekt').scrollIntoViewIfNeeded();
    const box = await panel.boundingBox();
    assert.ok(box.y >= 0 && box.y < 5, `panel top at ${box.y}`);
    assert.ok(await page.getByRole('radio', { name: 'Kommuner', exact: true }).isVisible());
    // And it still works from there.
    await page.getByRole('radio', { name: 'Kommuner', exact: true }).check();
    await page.waitForFunction(() => location.search === '?type=kommune');
  } finally {
    await close();
  }
});

for (const [width, height] of [[1280, 800], [390, 844]]) {
  test(`første skjermbilde viser et nøkkeltall (${width}×${height})`, async () => {
    const { page, close } = await open('', { viewport: { width, height } });
    try {
      const box = await page.locator('[data-key-figure] .kf-number').first().boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= height, `first key figure at ${JSON.stringify(box)}`);
      assert.ok(await page.locator('[data-key-figure] .kf-number').first().isVisible());
    } finally {
      await close();
    }
  });
}

for (const width of [1280, 390, 320]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe: ingen brudd med nøkkeltall, linje og dialog (${width} px, ${colorScheme})`, async () => {
      const { page, close } = await open('type=kommune&size=large&landsdel=Vestlandet', { viewport: { width, height: 800 }, colorScheme });
      try {
        assert.deepEqual(await axeViolations(page), []);
        if (width < 1024) {
          await page.getByRole('button', { name: 'Endre utvalg' }).click();
          await page.waitForSelector('.filter-panel.open input[name=type]');
          assert.deepEqual(await axeViolations(page), []);
        }
        assert.equal(await sidewaysOverflow(page), 0, 'no sideways scrolling');
      } finally {
        await close();
      }
    });
  }
}

/// A raw GET with the given Accept-Encoding: { encoding, length }.
function rawGet(url, acceptEncoding) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
        let length = 0;
        res.on('data', (chunk) => (length += chunk.length));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'] ?? null, length }));
      })
      .on('error', reject);
  });
}

test('vertsserveren sender brotli når nettleseren ber om det, ellers gzip', async () => {
  const wasm = fs.readdirSync('dist').find((f) => f.endsWith('_bg.wasm'));
  const br = await rawGet(`${s.server.url}${wasm}`, 'gzip, deflate, br');
  assert.equal(br.encoding, 'br');
  assert.equal(br.length, fs.statSync(`dist/${wasm}.br`).size);
  const gz = await rawGet(`${s.server.url}${wasm}`, 'gzip');
  assert.equal(gz.encoding, 'gzip');
  assert.equal(gz.length, fs.statSync(`dist/${wasm}.gz`).size);
  const page = await rawGet(s.server.url, 'br');
  assert.equal(page.encoding, 'br');
  const none = await rawGet(`${s.server.url}${wasm}`, 'identity');
  assert.equal(none.encoding, null);
  assert.equal(none.length, fs.statSync(`dist/${wasm}`).size);
});
