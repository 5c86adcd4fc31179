// «Bare de som svarte …» and «Sammenlign etter: Svar på …» (issue 25) in Debian's headless
// Chromium: the URL forms and the same through the controls (the mouse, and the keyboard
// alone), the tables equal to the core's (src/bin/expected_view.rs; the core's counts are
// checked against the respondent file natively, in tests/aggregates.rs), the chips that remove
// their condition, the contrast in the summary, and axe at 1280 and 320 px, light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { session, currentQuery, clean, expected, expectedTables, readTables, showEveryTable, axeViolations, sidewaysOverflow } from './helpers.mjs';

const s = session();

const FILTERED = 'type=kommune&svar=ikt_strategi:1,2,3&svar=dig_prioritet:4,5';
const SPLIT = 'type=kommune&split=svar:ikt_strategi';

test('svar= og split=svar: i nettadressen gir kjernens tabeller, brikker i ord og grupper per svar', async () => {
  for (const query of [FILTERED, SPLIT, `${FILTERED}&size=large&split=svar:komp_strategi`]) {
    const { page, problems, close } = await s.openReady(query);
    try {
      assert.deepEqual(await readTables(page), expectedTables(query), query);
      const e = expected(query);
      assert.equal(await page.textContent('.status'), e.status, query);
      assert.equal(await currentQuery(page), e.query, query);
      assert.deepEqual(problems, clean, query);
    } finally {
      await close();
    }
  }
  const { page, problems, close } = await s.openReady(SPLIT);
  try {
    // A group per answer code, its key the code.
    await showEveryTable(page);
    const groups = await page.$$eval('table[data-question="dig_prioritet"] tr[data-group]', (rows) => [...new Set(rows.map((r) => r.dataset.group))]);
    assert.ok(groups.length >= 3 && groups.every((g) => /^[1-59]$/.test(g)), groups.join(','));
    // The summary sets the highest answer group against the lowest.
    assert.match(await page.locator('#q-dig_prioritet .summary').textContent(), /^Andelen som svarer «I stor grad»: blant dem som svarte «[^»]+» \d+\s%.*, mot \d+\s%.* blant dem som svarte «[^»]+»\.$/);
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('brikkene sier svarfiltrene i ord og fjerner dem', async () => {
  const { page, problems, close } = await s.openReady(FILTERED);
  try {
    const chip = page.locator('.selection-bar [data-chip="svar:ikt_strategi"]');
    assert.equal(
      (await chip.textContent()).replace(/\s*×\s*$/, ''),
      'Har dere en IKT-/digitaliseringsstrategi? Ja, politisk vedtatt · Ja, administrativt vedtatt · Ja, men ikke vedtatt',
    );
    await chip.click();
    await page.waitForFunction(() => location.search === '?type=kommune&svar=dig_prioritet:4,5');
    assert.deepEqual(await readTables(page), expectedTables('type=kommune&svar=dig_prioritet:4,5'));
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('kontrollene setter svarfilter og sammenligning etter svar, også med tastaturet alene', async () => {
  const { page, problems, close } = await s.openReady('type=kommune');
  try {
    // By mouse: the question, then two of its answers.
    await page.locator('select[data-action="answer-column"]').selectOption('ikt_strategi');
    const answers = page.locator('.answer-codes[data-answers="ikt_strategi"]');
    await answers.getByRole('checkbox', { name: 'Ja, politisk vedtatt' }).check();
    await page.waitForFunction(() => location.search === '?type=kommune&svar=ikt_strategi:1');
    await answers.getByRole('checkbox', { name: 'Ja, administrativt vedtatt' }).check();
    await page.waitForFunction(() => location.search === '?type=kommune&svar=ikt_strategi:1,2');
    // Compared by the answer to another question, from «Sammenlign etter» in the panel.
    await page.locator('.filters select[name="split"]').selectOption('svar:dig_prioritet');
    await page.waitForFunction(() => location.search === '?type=kommune&svar=ikt_strategi:1,2&split=svar:dig_prioritet');
    const query = 'type=kommune&svar=ikt_strategi:1,2&split=svar:dig_prioritet';
    assert.deepEqual(await readTables(page), expectedTables(query));
    // Back to a grouping: the answer list shows none.
    await page.getByRole('group', { name: 'Sammenlign etter' }).getByRole('radio', { name: 'Størrelse' }).check();
    await page.waitForFunction(() => location.search === '?type=kommune&svar=ikt_strategi:1,2&split=size');
    assert.equal(await page.locator('.filters select[name="split"]').inputValue(), '');
    // Unchecking the last answer takes the condition away.
    await answers.getByRole('checkbox', { name: 'Ja, politisk vedtatt' }).uncheck();
    await answers.getByRole('checkbox', { name: 'Ja, administrativt vedtatt' }).uncheck();
    await page.waitForFunction(() => location.search === '?type=kommune&split=size');
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
  // On a phone, the selection bar's «Sammenlign etter» lists the answers too.
  const phone = await s.openReady('type=kommune&svar=ikt_strategi:1,2&split=svar:dig_prioritet', { viewport: { width: 390, height: 844 } });
  try {
    const select = phone.page.getByRole('combobox', { name: 'Sammenlign etter' });
    assert.equal(await select.inputValue(), 'svar:dig_prioritet');
    await select.selectOption('svar:komp_strategi');
    await phone.page.waitForFunction(() => location.search === '?type=kommune&svar=ikt_strategi:1,2&split=svar:komp_strategi');
    assert.deepEqual(phone.problems, clean);
  } finally {
    await phone.close();
  }
  // The keyboard alone: the question list, Tab to its first answer, Space.
  const keys = await s.openReady('type=kommune');
  try {
    const page = keys.page;
    await page.locator('select[data-action="answer-column"]').focus();
    // The list's options in order: «Velg et spørsmål», then the columns in the file's order.
    const options = await page.$$eval('select[data-action="answer-column"] option', (os) => os.map((o) => o.value));
    const steps = options.indexOf('komp_strategi');
    for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
    await page.waitForSelector('.answer-codes[data-answers="komp_strategi"]:not([hidden])');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.value), 'komp_strategi:1');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => location.search === '?type=kommune&svar=komp_strategi:1');
    assert.deepEqual(keys.problems, clean);
  } finally {
    await keys.close();
  }
});

test('på nynorsk og engelsk har brikkene og setningen egne ord', async () => {
  for (const [lang, chip, contrast] of [
    ['nn', 'Har de ein strategi for å dekkje kompetansebehovet? Ja · Nei', /: blant dei som svarte «[^»]+» .*, mot .* blant dei som svarte «[^»]+»\.$/],
    ['en', 'Do you have a strategy for meeting your competence needs? Yes · No', /: among those who answered “[^”]+” .*, against .* among those who answered “[^”]+”\.$/],
  ]) {
    const { page, problems, close } = await s.openReady(`lang=${lang}&type=kommune&svar=komp_strategi:1,2&split=svar:ikt_strategi`);
    try {
      const text = (await page.locator('.selection-bar [data-chip="svar:komp_strategi"]').textContent()).replace(/\s*×\s*$/, '');
      assert.equal(text, chip, lang);
      assert.match(await page.locator('#q-dig_prioritet .summary').textContent(), contrast, lang);
      assert.deepEqual(problems, clean, lang);
    } finally {
      await close();
    }
  }
});

for (const width of [1280, 320]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finner ingen brudd med svarfilter og sammenligning etter svar (${width} px, ${colorScheme})`, async () => {
      const { page, close } = await s.openReady(`${FILTERED}&split=svar:komp_strategi`, { viewport: { width, height: 900 }, colorScheme });
      try {
        // The answer lists shown: beside the charts when wide, in the filter dialog on a phone.
        if (width === 320) {
          await page.getByRole('button', { name: 'Endre utvalg' }).click();
          await page.waitForSelector('.filter-panel.open select[data-action="answer-column"]');
        }
        await page.locator('select[data-action="answer-column"]').selectOption('ikt_strategi');
        await page.waitForSelector('.answer-codes[data-answers="ikt_strategi"]:not([hidden])');
        assert.deepEqual(await axeViolations(page), []);
        assert.equal(await sidewaysOverflow(page), 0);
      } finally {
        await close();
      }
    });
  }
}
