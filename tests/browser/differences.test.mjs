// Issue 26 in Debian's headless Chromium: a compared group whose headline share differs from the
// rest of the selection (the test itself is checked natively against the CSV in
// tests/differences.rs and against worked examples in src/stats/difference.rs): `data-differs`
// on the table's rows equal to the core's (src/bin/expected_view.rs), the mark on the bars with
// its words in the tip and the chart's text alternative, the summary, «Om dataene», the same
// through the controls, and axe at 1280 and 320 px, light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, clean, expected, expectedTables, readTables, drawAllCharts, axeViolations, sidewaysOverflow } from './helpers.mjs';

const s = session();

const SPLIT = 'type=kommune&split=size';

/// Each drawn chart's bar labels, tips and text alternative.
function readMarks(page) {
  return page.$$eval('article.question', (articles) =>
    Object.fromEntries(
      articles
        .map((article) => {
          const div = article.querySelector('.chart');
          const chart = div && window.echarts?.getInstanceByDom(div);
          if (!chart) return null;
          const option = chart.getOption();
          const bars = option.series.flatMap((s) => s.data.map((d) => ({ label: d.label?.formatter ?? '', tip: d.tip })));
          return [article.id.replace(/^q-/, ''), { bars, description: option.aria[0]?.label?.description ?? option.aria?.label?.description }];
        })
        .filter(Boolean),
    ),
  );
}

test('en gruppe som skiller seg klart fra resten er merket i tabellen, på stolpen og i setningen', async () => {
  const { page, problems, close } = await s.openReady(SPLIT);
  try {
    const tables = await readTables(page);
    assert.deepEqual(tables, expectedTables(SPLIT));
    const marked = Object.values(tables).flat().filter((r) => r.differs);
    assert.ok(marked.some((r) => r.differs === 'higher') && marked.some((r) => r.differs === 'lower'), JSON.stringify(marked));
    // The word in the table's last column.
    const words = await page.$$eval('tr[data-differs] td.differs', (cells) => cells.map((c) => [c.closest('tr').dataset.differs, c.textContent]));
    assert.ok(words.length > 0);
    for (const [direction, word] of words) assert.equal(word, direction === 'higher' ? 'klart høyere' : 'klart lavere');
    assert.equal(await page.locator('table[data-question="komp_strategi"] thead th:last-child').textContent(), 'Mot resten av utvalget');
    // Each bar of a differing group carries ▲ or ▼, and its tip and the text alternative say it.
    await drawAllCharts(page);
    const charts = await readMarks(page);
    let marks = 0;
    for (const [qid, { bars, description }] of Object.entries(charts)) {
      for (const bar of bars) {
        const up = bar.label.endsWith(' ▲');
        const down = bar.label.endsWith(' ▼');
        assert.equal(up, /klart høyere enn resten av utvalget/.test(bar.tip), `${qid}: ${bar.label} / ${bar.tip}`);
        assert.equal(down, /klart lavere enn resten av utvalget/.test(bar.tip), `${qid}: ${bar.label} / ${bar.tip}`);
        if (up || down) marks++;
      }
      const rows = tables[qid].filter((r) => r.differs);
      assert.equal(/klart (høyere|lavere) enn resten av utvalget/.test(description), rows.length > 0, `${qid}: ${description}`);
    }
    assert.ok(marks > 0);
    // The summaries are the core's.
    const e = expected(SPLIT);
    for (const [qid, q] of Object.entries(e.questions)) {
      assert.equal(await page.locator(`#q-${qid} .summary`).textContent(), q.summary, qid);
    }
    assert.ok(Object.values(e.questions).some((q) => /klart (høyest|lavest|høyere|lavere)/.test(q.summary)));
    // «Om dataene» explains the test.
    assert.match(await page.locator('#om-dataene').textContent(), /Holms metode/);
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('sammenligning valgt med kontrollene gir de samme merkene', async () => {
  const { page, problems, close } = await s.openReady('type=kommune');
  try {
    assert.equal(await page.locator('tr[data-differs]').count(), 0);
    await page.getByRole('group', { name: 'Sammenlign etter' }).getByRole('radio', { name: 'Størrelse' }).check();
    await page.waitForFunction(() => location.search === '?type=kommune&split=size');
    assert.deepEqual(await readTables(page), expectedTables(SPLIT));
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

for (const width of [1280, 320]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finner ingen brudd med merkede forskjeller (${width} px, ${colorScheme})`, async () => {
      const { page, close } = await s.openReady(SPLIT, { viewport: { width, height: 900 }, colorScheme });
      try {
        await readTables(page);
        assert.ok((await page.locator('tr[data-differs]').count()) > 0);
        assert.deepEqual(await axeViolations(page), []);
        assert.equal(await sidewaysOverflow(page), 0);
      } finally {
        await close();
      }
    });
  }
}

const WEIGHTED = 'type=kommune&split=size&vekt=1';

test('vekt=1 vekter andelene til populasjonen: tabellene er kjernens, tellingene de samme, og en merknad gir svarandelen per celle', async () => {
  const { page, problems, close } = await s.openReady(WEIGHTED);
  try {
    const weighted = await readTables(page);
    assert.deepEqual(weighted, expectedTables(WEIGHTED));
    // The counts are those answered; the total's shares move (large kommuner answered more often).
    const plain = expectedTables('type=kommune&split=size');
    for (const [qid, rows] of Object.entries(weighted)) {
      assert.deepEqual(rows.map((r) => [r.n, r.counts]), plain[qid].map((r) => [r.n, r.counts]), qid);
    }
    // Every shown share carries its fraction and interval, four decimals at least.
    const attributes = await page.$$eval('td[data-share]', (cells) => cells.map((c) => [c.dataset.share, c.dataset.lower, c.dataset.upper]));
    assert.ok(attributes.length > 100);
    for (const values of attributes) for (const v of values) assert.match(v, /^[01]\.\d{4,}$/);
    const status = await page.locator('.filters .status').textContent();
    assert.match(status, /Vektet etter kommunestørrelse\. Svarandel: små kommuner \d+\s% \(\d+ av \d+\), mellomstore kommuner \d+\s% \(\d+ av \d+\), store kommuner \d+\s% \(\d+ av \d+\)\./);
    assert.equal(await page.getByRole('checkbox', { name: 'Vekt etter kommunestørrelse' }).isChecked(), true);
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('vektingen slås på og av med kontrollen, også med tastaturet', async () => {
  const { page, problems, close } = await s.openReady('type=kommune&split=size');
  try {
    const box = page.getByRole('checkbox', { name: 'Vekt etter kommunestørrelse' });
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => location.search === '?type=kommune&split=size&vekt=1');
    assert.deepEqual(await readTables(page), expectedTables(WEIGHTED));
    await box.uncheck();
    await page.waitForFunction(() => location.search === '?type=kommune&split=size');
    assert.deepEqual(await readTables(page), expectedTables('type=kommune&split=size'));
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

for (const width of [1280, 320]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finner ingen brudd med vekting (${width} px, ${colorScheme})`, async () => {
      const { page, close } = await s.openReady(WEIGHTED, { viewport: { width, height: 900 }, colorScheme });
      try {
        await readTables(page);
        if (width === 320) {
          await page.getByRole('button', { name: 'Endre utvalg' }).click();
          await page.waitForSelector('.filter-panel.open input[name="vekt"]');
        }
        assert.deepEqual(await axeViolations(page), []);
        assert.equal(await sidewaysOverflow(page), 0);
      } finally {
        await close();
      }
    });
  }
}

test('på nynorsk og engelsk har merkene, vektingen og forklaringen egne ord', async () => {
  for (const [lang, head, word, weighted, about] of [
    ['nn', 'Mot resten av utvalet', /^klart (høgare|lågare)$/, /^Vekta etter kommunestorleik\. Svardel: /, /metoden til Holm/],
    ['en', 'Against the rest of the selection', /^clearly (higher|lower)$/, /^Weighted by municipality size\. Response rate: /, /Holm's method/],
  ]) {
    const { page, problems, close } = await s.openReady(`lang=${lang}&${WEIGHTED}`);
    try {
      await readTables(page);
      assert.equal(await page.locator('table[data-question="komp_strategi"] thead th:last-child').textContent(), head, lang);
      for (const text of await page.$$eval('tr[data-differs] td.differs', (cells) => cells.map((c) => c.textContent))) assert.match(text, word, lang);
      const status = await page.locator('.filters .status').textContent();
      assert.match(status.slice(status.indexOf('.') + 2), weighted, lang);
      assert.match(await page.locator('#om-dataene').textContent(), about, lang);
      assert.deepEqual(problems, clean, lang);
    } finally {
      await close();
    }
  }
});
