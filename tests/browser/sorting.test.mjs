// Sortable tables (issue 27 §2) in Debian's headless Chromium: every column head is a button;
// a press sorts by that column (numbers largest first, text A–Å), again reverses, a third press
// gives the natural order back, as «Nullstill» does; `aria-sort` on the sorted head only; the
// total row stays last; by keyboard too; a sort is kept when the table is drawn anew for a new
// selection (found by its head's words when the columns move); the organisation page's and the
// comparison page's tables sort the same way (an organisation's answers by their place in the
// scale); axe at 1280 and 320 px, light and dark.
// The order (web/table-sort.js) is checked here against Intl.Collator('nb') and the numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, clean, showEveryTable, axeViolations, sidewaysOverflow } from './helpers.mjs';

const s = session();
const QUERY = 'type=kommune&split=size';
const TABLE = 'table[data-question="komp_med"]';

/// The table's rows as shown: natural place, and the sort key of column `k`.
function rows(page, k) {
  return page.$eval(TABLE, (table, k) => {
    const key = (cell) => cell.dataset.sort ?? cell.dataset.share ?? cell.textContent.trim();
    return [...table.querySelectorAll('tbody tr')].map((tr) => ({
      total: tr.dataset.total === 'true',
      order: Number(tr.dataset.order),
      key: key(tr.children[k]),
    }));
  }, k);
}

const sorts = (page) => page.$$eval(`${TABLE} th[aria-sort]`, (ths) => ths.map((th) => [th.cellIndex, th.getAttribute('aria-sort')]));

const collator = new Intl.Collator('nb');
function compare(a, b, numeric) {
  const missing = (v) => v === ':' || v === '';
  if (missing(a.key) || missing(b.key)) return missing(a.key) - missing(b.key);
  return numeric ? Number(a.key) - Number(b.key) : collator.compare(a.key, b.key);
}

/// Checks the rows are sorted by column `k` in `direction` (equal keys in natural order,
/// missing keys last, the total row last).
async function assertSorted(page, k, direction, numeric, { total = true } = {}) {
  const shown = await rows(page, k);
  assert.equal(shown.at(-1).total, total, total ? 'the total row stays last' : 'no total row');
  const body = shown.filter((r) => !r.total);
  for (let i = 1; i < body.length; i++) {
    const [a, b] = [body[i - 1], body[i]];
    let c = compare(a, b, numeric);
    const missing = (v) => v === ':' || v === '';
    if (!missing(a.key) && !missing(b.key) && direction === 'descending') c = -c;
    assert.ok(c < 0 || (c === 0 && a.order < b.order), `column ${k} ${direction}: ${JSON.stringify(a)} before ${JSON.stringify(b)}`);
  }
  assert.deepEqual(await sorts(page), [[k, direction]]);
}

async function assertNatural(page) {
  const shown = await rows(page, 0);
  const body = shown.filter((r) => !r.total);
  assert.deepEqual(body.map((r) => r.order), body.map((_, i) => i));
  assert.deepEqual(await sorts(page), []);
}

/// «Nullstill»: the default view (compared by type), the table drawn anew in its natural order.
async function resetToNatural(page) {
  await page.getByRole('button', { name: 'Nullstill' }).click();
  await page.waitForFunction(() => location.search === '');
  await showEveryTable(page);
  await assertNatural(page);
}

test('hver kolonne sorterer: tall størst først, tekst A–Å, så motsatt, så naturlig rekkefølge', async () => {
  const { page, problems, close } = await s.openReady(QUERY);
  try {
    await showEveryTable(page);
    const heads = await page.$$eval(`${TABLE} thead th`, (ths) => ths.map((th) => th.querySelector('button.sort')?.textContent));
    assert.ok(heads.every(Boolean), 'every head is a button');
    // Item (text), group (text), n (number), a code's share, the headline's share, the test.
    const kinds = [
      [0, false],
      [1, false],
      [2, true],
      [4, true],
      [heads.length - 2, true],
      [heads.length - 1, true],
    ];
    for (const [k, numeric] of kinds) {
      const button = page.locator(`${TABLE} thead th`).nth(k).locator('button');
      const [first, second] = numeric ? ['descending', 'ascending'] : ['ascending', 'descending'];
      await button.click();
      await assertSorted(page, k, first, numeric);
      await button.click();
      await assertSorted(page, k, second, numeric);
      await button.click();
      await assertNatural(page);
    }
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('sorteringen virker med tastaturet, og «Nullstill» gir den naturlige rekkefølgen tilbake', async () => {
  const { page, problems, close } = await s.openReady(QUERY);
  try {
    await showEveryTable(page);
    const button = page.locator(`${TABLE} thead th`).nth(2).locator('button');
    await button.focus();
    await page.keyboard.press('Enter');
    await assertSorted(page, 2, 'descending', true);
    await page.keyboard.press('Space');
    await assertSorted(page, 2, 'ascending', true);
    await resetToNatural(page);
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('en sortering blir stående når tabellen tegnes på nytt for et nytt utvalg, til «Nullstill»', async () => {
  const { page, problems, close } = await s.openReady(QUERY);
  try {
    await showEveryTable(page);
    const headline = (await page.$$eval(`${TABLE} thead th`, (ths) => ths.length)) - 2;
    await page.locator(`${TABLE} thead th`).nth(headline).locator('button').click();
    await assertSorted(page, headline, 'descending', true);
    const before = await page.$eval(TABLE, (t) => t.outerHTML);
    // A new selection: the table is drawn anew with other numbers, sorted as before.
    await page.getByRole('checkbox', { name: /^Store kommuner/ }).check();
    await page.waitForFunction((before) => document.querySelector('table[data-question="komp_med"]').outerHTML !== before, before);
    await showEveryTable(page);
    await assertSorted(page, headline, 'descending', true);
    // Without the comparison the group column goes: the same head, now in another place.
    await page.locator('.filters input[name="split"][value="none"]').check();
    await page.waitForFunction(() => !document.querySelector('table[data-question="komp_med"] tr[data-group]'));
    await showEveryTable(page);
    const place = await page.$eval(`${TABLE} th[aria-sort]`, (th) => th.cellIndex);
    const words = await page.$eval(`${TABLE} th[aria-sort]`, (th) => th.textContent);
    assert.match(words, /95/, 'the headline column stays the sorted one');
    await assertSorted(page, place, 'descending', true, { total: false });
    await resetToNatural(page);
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('organisasjonssidens tabeller sorteres på samme måte', async () => {
  const { page, problems, close } = await s.open('kommune=1201');
  try {
    const table = 'table[data-organisation-question="dig_effekt"]';
    await page.waitForSelector(table, { state: 'attached', timeout: 20000 });
    const heads = await page.$$eval(`${table} thead th`, (ths) => ths.map((th) => th.querySelector('button.sort')?.textContent));
    assert.ok(heads.length >= 3 && heads.every(Boolean), 'every head is a button');
    const shares = (k) =>
      page.$$eval(`${table} tbody tr`, (trs, k) => trs.map((tr) => [Number(tr.dataset.order), tr.children[k].dataset.share ?? ':']), k);
    const natural = await shares(2);
    assert.deepEqual(natural.map(([order]) => order), natural.map((_, i) => i));
    const button = page.locator(`${table} thead th`).nth(2).locator('button');
    await button.click();
    await page.waitForFunction((table) => document.querySelector(`${table} th[aria-sort]`), table);
    const sorted = await shares(2);
    const known = sorted.filter(([, share]) => share !== ':').map(([, share]) => Number(share));
    assert.deepEqual(known, [...known].sort((a, b) => b - a), 'largest share first');
    assert.deepEqual(sorted.slice(known.length).map(([, share]) => share), sorted.slice(known.length).map(() => ':'), '«:» last');
    assert.equal(await page.$eval(`${table} thead th:nth-child(3)`, (th) => th.getAttribute('aria-sort')), 'descending');
    await button.click();
    await button.click();
    assert.deepEqual(await shares(2), natural, 'the third press gives the natural order back');
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

for (const width of [1280, 320]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finner ingen brudd med sorterte tabeller (${width} px, ${colorScheme})`, async () => {
      const { page, close } = await s.openReady(QUERY, { viewport: { width, height: 900 }, colorScheme });
      try {
        await showEveryTable(page);
        await page.locator(`${TABLE} thead th`).nth(2).locator('button').click();
        assert.deepEqual(await axeViolations(page), []);
        assert.equal(await sidewaysOverflow(page), 0);
      } finally {
        await close();
      }
    });
  }
}

test('sammenligningssidens tabeller sorteres: svar etter plass på skalaen, referansen etter andel', async () => {
  const { page, problems, close } = await s.open('kommuner=1201,0301,0105', { viewport: { width: 1280, height: 900 } });
  try {
    const table = 'table[data-question="dig_effekt"]';
    await page.waitForSelector(table, { timeout: 20000 });
    const heads = await page.$$eval(`${table} thead th`, (ths) => ths.map((th) => th.querySelector('button.sort')?.textContent));
    assert.deepEqual(heads.slice(1, 4), ['Bergen', 'Oslo', 'Sarpsborg']);
    assert.ok(heads.every(Boolean), 'every head is a button');
    // Each row: its natural place, and column k's key (an answer's place in the scale, a share).
    const keys = (k) =>
      page.$$eval(`${table} tbody tr`, (trs, k) => trs.map((tr) => [Number(tr.dataset.order), tr.children[k].dataset.sort ?? tr.children[k].dataset.share]), k);
    const natural = await keys(1);
    assert.deepEqual(natural.map(([order]) => order), natural.map((_, i) => i));
    const descending = (rows) => {
      const known = rows.filter(([, key]) => key !== '').map(([, key]) => Number(key));
      assert.deepEqual(known, [...known].sort((a, b) => b - a), 'the largest first');
      assert.ok(rows.slice(known.length).every(([, key]) => key === ''), 'no place in the scale last');
    };
    // Bergen's answers, by their place in the scale.
    const bergen = page.locator(`${table} thead th`).nth(1).locator('button');
    await bergen.click();
    await page.waitForFunction((table) => document.querySelector(`${table} th[aria-sort]`), table);
    descending(await keys(1));
    assert.equal(await page.$eval(`${table} thead th:nth-child(2)`, (th) => th.getAttribute('aria-sort')), 'descending');
    // The reference, by its share: the largest first, then the smallest first.
    const reference = page.locator(`${table} thead th`).nth(4).locator('button');
    await reference.click();
    await page.waitForFunction((table) => document.querySelector(`${table} thead th:nth-child(5)`).getAttribute('aria-sort') === 'descending', table);
    const shares = (await keys(4)).map(([, share]) => Number(share));
    assert.ok(shares.length > 3 && shares.every((x) => x > 0 && x < 1), `${shares}`);
    assert.deepEqual(shares, [...shares].sort((a, b) => b - a));
    await reference.click();
    assert.deepEqual((await keys(4)).map(([, share]) => Number(share)), [...shares].sort((a, b) => a - b));
    await reference.click();
    assert.deepEqual(await keys(1), natural, 'the third press gives the natural order back');
    // A sort outlives the page drawn anew: Oslo taken away, Bergen's sort stays.
    await bergen.click();
    await page.locator('button.chip[data-org-index]').nth(1).click();
    await page.waitForFunction((table) => document.querySelectorAll(`${table} thead th`).length === 4, table);
    await page.waitForFunction((table) => document.querySelector(`${table} thead th:nth-child(2)`).getAttribute('aria-sort') === 'descending', table);
    descending(await keys(1));
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});
