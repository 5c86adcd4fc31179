// Charts by keyboard (issue 27 §1) in Debian's headless Chromium: each chart's element is
// focusable with a role and a name; the arrow keys, Home and End move from bar to bar, the bar in
// focus is outlined and said in a live region inside the question in the words the table uses;
// Enter chooses the bar's group as a click does; the organisation page's charts the same; axe at
// 1280 and 320 px, light and dark, with a chart in focus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, clean, currentQuery, showEveryTable, setAllTables, axeViolations, sidewaysOverflow } from './helpers.mjs';

const s = session();
const QUERY = 'type=kommune&split=size';
const CHART = '#q-komp_med .chart';

/// Focuses the question's chart once it is drawn.
async function focusChart(page, selector) {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  await page.waitForFunction((sel) => document.querySelector(sel)?.querySelector('svg'), selector);
  await page.locator(selector).first().focus();
}

const said = (page, selector) => page.$eval(selector, (chart) => chart.parentElement.querySelector('[aria-live]')?.textContent ?? null);

/// Whether a bar of the chart is drawn outlined (its emphasis).
const outlined = (page, selector) => page.$eval(selector, (chart) => [...chart.querySelectorAll('svg path')].some((p) => p.getAttribute('stroke-width') === '2'));

test('piltastene går fra stolpe til stolpe, og det som sies er tabellens tall', async () => {
  const { page, problems, close } = await s.openReady(QUERY);
  try {
    const chart = page.locator(CHART);
    assert.equal(await chart.getAttribute('tabindex'), '0');
    assert.equal(await chart.getAttribute('role'), 'application');
    assert.ok(await chart.getAttribute('data-chart') !== null);
    assert.match(await chart.getAttribute('aria-label'), /Piltastene går fra stolpe til stolpe/);
    await showEveryTable(page);
    // The table's rows in the chart's reading order: each item's groups, item after item.
    const rows = await page.$$eval('table[data-question="komp_med"] tbody tr[data-group]', (trs) =>
      trs.map((tr) => ({ item: tr.dataset.item, group: tr.dataset.group, n: tr.children[2].textContent, headline: tr.querySelector('td.headline').textContent })),
    );
    const items = [...new Set(rows.map((r) => r.item))];
    const groups = [...new Set(rows.map((r) => r.group))];
    const ordered = items.flatMap((item) => groups.map((group) => rows.find((r) => r.item === item && r.group === group)));
    // The charts again in place of the tables.
    await setAllTables(page, false);
    await focusChart(page, CHART);
    const check = async (i) => {
      const text = await said(page, CHART);
      const row = ordered[i];
      // «88 % (85–90 %, n = 235)» in the live region, «88 % (85–90 %)» and n = 235 in the table.
      assert.ok(text.includes(row.headline.slice(0, -1)) && text.includes(`n = ${row.n}`), `${i}: «${text}» against ${JSON.stringify(row)}`);
    };
    await page.keyboard.press('ArrowDown');
    await check(0);
    assert.ok(await outlined(page, CHART), 'the bar in focus is outlined');
    await page.keyboard.press('ArrowRight');
    await check(1);
    await page.keyboard.press('ArrowUp');
    await check(0);
    await page.keyboard.press('End');
    await check(ordered.length - 1);
    await page.keyboard.press('ArrowDown');
    await check(ordered.length - 1);
    await page.keyboard.press('Home');
    await check(0);
    // Enter chooses the first bar's group, as a click on it does.
    await page.keyboard.press('Enter');
    await page.waitForFunction((q) => location.search !== `?${q}`, QUERY);
    assert.match(await currentQuery(page), new RegExp(`size=${groups[0]}`));
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('organisasjonssidens diagrammer går også med tastaturet', async () => {
  const { page, problems, close } = await s.openReady('kommune=1201');
  try {
    const selector = 'article .chart';
    await focusChart(page, selector);
    await page.keyboard.press('ArrowDown');
    const text = await said(page, selector);
    assert.ok(text && text.length > 10, text);
    const tip = await page.$eval(selector, (div) => window.echarts.getInstanceByDom(div).getOption().series.map((s) => s.data[0]?.tip).find(Boolean));
    assert.equal(text, tip.replace('\n', ': '));
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

for (const width of [1280, 320]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finner ingen brudd med et diagram i fokus (${width} px, ${colorScheme})`, async () => {
      const { page, close } = await s.openReady(QUERY, { viewport: { width, height: 900 }, colorScheme });
      try {
        await focusChart(page, CHART);
        await page.keyboard.press('ArrowDown');
        assert.deepEqual(await axeViolations(page), []);
        assert.equal(await sidewaysOverflow(page), 0);
      } finally {
        await close();
      }
    });
  }
}
