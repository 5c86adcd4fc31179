// «Se data for din kommune» in Debian's headless Chromium: the search field by keyboard only,
// each organisation's own answers and peer figures against the core (src/bin/expected_view.rs),
// a non-responding kommune, an unknown number, a fylkeskommune, print, and axe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { session, clean, expected, ready, axeViolations, sidewaysOverflow, drawAllCharts, chartsInViewDrawn } from './helpers.mjs';

const { open } = session();

async function organisationReady(page) {
  await page.waitForSelector('table[data-organisation-question="dig_effekt"]', { state: 'attached', timeout: 20000 });
  await chartsInViewDrawn(page);
}

/// The organisation page's tables by their test contract, in the oracle's shape.
async function readOrganisationTables(page) {
  return page.$$eval('table[data-organisation-question]', (tables) =>
    Object.fromEntries(
      tables.map((table) => [
        table.dataset.organisationQuestion,
        [...table.querySelectorAll('tbody tr[data-item]')].map((tr) => ({
          item: tr.dataset.item,
          own: tr.querySelector('td[data-own]').dataset.own,
          peers: Object.fromEntries(
            [...tr.querySelectorAll('td[data-peer]')].map((td) => [
              td.dataset.peer,
              td.dataset.count === ':' ? null : { count: Number(td.dataset.count), n: Number(td.dataset.n) },
            ]),
          ),
        })),
      ]),
    ),
  );
}

/// Kommuner in the register that are not in the respondent file (read from the data files).
function nonRespondingKommuner() {
  const responding = new Set(fs.readFileSync('data/respondents.csv', 'utf8').split('\n').slice(1).map((l) => l.split(',')[0]));
  return fs
    .readFileSync('data/kommuner_2017.csv', 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[0])
    .filter((id) => /^\d{4}$/.test(id) && !responding.has(id));
}

test('søkefeltet kan brukes med tastaturet alene, og Tilbake går dit brukeren kom fra', async () => {
  const { page, problems, close } = await open('type=kommune&size=large');
  try {
    await ready(page);
    // Tab to the search field.
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'sok'; i++) await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'sok');
    const input = page.locator('#sok');
    assert.equal(await input.getAttribute('role'), 'combobox');
    assert.equal(await input.getAttribute('aria-expanded'), 'false');

    // ASCII for æ/ø/å: «tromso» finds Tromsø.
    await page.keyboard.type('tromso');
    await page.waitForFunction(() => document.querySelector('#sok').getAttribute('aria-expanded') === 'true');
    assert.match(await page.locator('#sok-liste [role=option]').first().textContent(), /Tromsø/);
    assert.match(await page.locator('[role=status][aria-live=polite]').first().textContent(), /treff/);
    // Escape closes the list, a second Escape empties the field.
    await page.keyboard.press('Escape');
    assert.equal(await input.getAttribute('aria-expanded'), 'false');
    await page.keyboard.press('Escape');
    assert.equal(await input.inputValue(), '');

    // Today's name: «Asker» lists the 2017 kommuner it was formed from, with the merger noted.
    await page.keyboard.type('asker');
    await page.waitForFunction(() => document.querySelectorAll('#sok-liste [role=option]').length >= 3);
    const askerHits = await page.locator('#sok-liste [role=option]').allTextContents();
    for (const name of ['Asker', 'Hurum', 'Røyken']) assert.ok(askerHits.some((h) => h.includes(name)), `${name} in ${askerHits}`);
    assert.ok(askerHits.some((h) => /3203/.test(h)), 'the merger line names today’s Asker (3203)');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    // By number, arrows and Enter.
    await page.keyboard.type('1201');
    await page.waitForFunction(() => document.querySelector('#sok').getAttribute('aria-expanded') === 'true');
    await page.keyboard.press('ArrowDown');
    assert.equal(await input.getAttribute('aria-activedescendant'), 'sok-valg-0');
    assert.equal(await page.locator('#sok-valg-0').getAttribute('aria-selected'), 'true');
    assert.match(await page.locator('#sok-valg-0').textContent(), /Bergen/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?kommune=1201$/);
    await organisationReady(page);
    assert.equal(await page.title(), 'Bergen – Arbeidsgivermonitoren 2017');
    assert.equal(await page.locator('#org-tittel').textContent(), 'Bergen');

    // Back returns to the explorer as it was left.
    await page.goBack();
    await ready(page);
    assert.equal(await page.evaluate(() => location.search), '?type=kommune&size=large');
    assert.ok(await page.locator('input[name=type][value=kommune]').isChecked());
    assert.equal(await page.title(), 'Arbeidsgivermonitoren 2017');
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('eget svar er lik raden i dataene, og sammenligningstallene er lik kjernens', async () => {
  const sample = ['kommune=1201', 'kommune=0301', 'kommune=1902', 'kommune=0101', 'fylkeskommune=12', 'fylkeskommune=18', `kommune=${nonRespondingKommuner()[0]}`];
  for (const query of sample) {
    const e = expected(query);
    assert.equal(e.route, 'organisation', query);
    const { page, problems, close } = await open(query);
    try {
      await organisationReady(page);
      assert.deepEqual(await readOrganisationTables(page), e.questions, query);
      assert.equal(await page.title(), e.title, query);
      // Every question has a chart, with one series per peer group.
      await drawAllCharts(page);
      const series = await page.$$eval('.organisation article.question', (articles) =>
        articles.map((a) => window.echarts?.getInstanceByDom(a.querySelector('.chart'))?.getOption().series.length ?? 0),
      );
      const peers = Object.keys(Object.values(e.questions)[0][0].peers).length;
      assert.deepEqual(series, Object.keys(e.questions).map(() => peers), query);
      assert.ok(await page.locator('.organisation .demo-notice').isVisible(), `${query}: demo data named on the view`);
      assert.deepEqual(problems, clean, query);
    } finally {
      await close();
    }
  }
});

test('en kommune som ikke svarte får en tydelig melding og tallene for sine grupper', async () => {
  const id = nonRespondingKommuner()[0];
  const e = expected(`kommune=${id}`);
  assert.equal(e.responded, false);
  const { page, close } = await open(`kommune=${id}`);
  try {
    await organisationReady(page);
    assert.match(await page.locator('.organisation').textContent(), /svarte ikke på undersøkelsen/);
    const own = await page.$$eval('td[data-own]', (tds) => tds.map((td) => td.dataset.own));
    assert.ok(own.length > 0 && own.every((o) => o === ''));
    const peerFigures = await page.$$eval('td[data-peer]:not(.suppressed)', (tds) => tds.length);
    assert.ok(peerFigures > 0, 'peer figures are shown');
  } finally {
    await close();
  }
});

test('et ukjent nummer gir en tydelig melding', async () => {
  for (const query of ['kommune=9999', 'fylkeskommune=03', 'kommune=%3Cb%3E']) {
    const { page, problems, close } = await open(query);
    try {
      await page.waitForSelector('main [role=alert]');
      assert.equal(await page.locator('main [role=alert]').textContent(), expected(query).message, query);
      assert.ok(await page.getByRole('link', { name: 'Til oversikten over alle kommuner' }).isVisible());
      assert.deepEqual(problems, clean, query);
    } finally {
      await close();
    }
  }
});

test('en fylkeskommune sammenlignes med fylkeskommuner i landsdelen og i hele landet', async () => {
  const { page, close } = await open('fylkeskommune=12');
  try {
    await organisationReady(page);
    assert.equal(await page.locator('#org-tittel').textContent(), 'Hordaland fylkeskommune');
    const headers = await page.locator('table[data-organisation-question="dig_effekt"] thead th').allTextContents();
    assert.deepEqual(headers.slice(2), ['fylkeskommuner på Vestlandet', 'alle fylkeskommuner']);
  } finally {
    await close();
  }
});

test('utskrift skjuler kontrollene og tar med kilden', async () => {
  const { page, close } = await open('kommune=1201');
  try {
    await organisationReady(page);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.search', 'button.print', '.skip-link', '.back']) {
      assert.equal(await page.locator(selector).first().isVisible(), false, `${selector} is hidden in print`);
    }
    assert.ok(await page.locator('.organisation .print-only').first().isVisible(), 'the source is printed');
    assert.match(await page.locator('.organisation .print-only').first().textContent(), /Kilde: KS/);
    // The demo data are said once, in the organisation's own notice.
    assert.equal(await page.locator('.demo-notice:visible').count(), 1, 'one demo notice in print');
    assert.ok(await page.locator('.organisation .demo-notice').isVisible());
    // What the report holds (every question's chart and table): tests/browser/print.test.mjs.
  } finally {
    await close();
  }
});

for (const width of [1280, 320]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finner ingen brudd på kommunesiden (${width} px, ${colorScheme})`, async () => {
      const { page, close } = await open('kommune=1201', { viewport: { width, height: 900 }, colorScheme });
      try {
        await organisationReady(page);
        assert.deepEqual(await axeViolations(page), []);
        // With the search list open.
        await page.locator('#sok').fill('nes');
        await page.waitForFunction(() => document.querySelector('#sok').getAttribute('aria-expanded') === 'true');
        assert.deepEqual(await axeViolations(page), []);
        if (width === 320) assert.equal(await sidewaysOverflow(page), 0, 'no sideways scrolling at 320 px');
      } finally {
        await close();
      }
    });
  }
}
