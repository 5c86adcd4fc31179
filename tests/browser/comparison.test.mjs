// «Sammenlign kommuner» (issue 24) in Debian's headless Chromium: the URL form and the table's
// test contract against the respondent file read here, adding by the search field, removing by
// chip (mouse and keyboard), the organisation page's links, the CSV, the notes on bad values,
// and axe at 1280 and 320 px in light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { session, clean, axeViolations, sidewaysOverflow, currentQuery } from './helpers.mjs';

const { open } = session();

/// The respondent file: `type:id` → column → cell.
function respondents() {
  const [head, ...lines] = fs.readFileSync('data/respondents.csv', 'utf8').trim().split('\n');
  const columns = head.split(',');
  return new Map(
    lines.map((line) => {
      const cells = line.split(',');
      const row = Object.fromEntries(columns.map((c, i) => [c, cells[i]]));
      return [`${row.type}:${row.id}`, row];
    }),
  );
}

async function comparisonReady(page) {
  await page.waitForSelector('table[data-question="dig_effekt"]', { state: 'attached', timeout: 20000 });
}

/// Every answer cell by the contract: question, org, item, code.
const answerCells = (page) =>
  page.$$eval('table[data-question] td[data-org]', (cells) =>
    cells.map((td) => ({ question: td.closest('table').dataset.question, org: td.dataset.org, item: td.dataset.item, code: td.dataset.code ?? '' })),
  );

test('?kommuner=…&fylkeskommuner=… viser hver organisasjons svar slik svarfila har dem', async () => {
  const { page, problems, close } = await open('kommuner=1201,0301,0105&fylkeskommuner=12');
  try {
    await comparisonReady(page);
    const rows = respondents();
    const cells = await answerCells(page);
    const orgs = [
      ['kommune', '1201'],
      ['kommune', '0301'],
      ['kommune', '0105'],
      ['fylkeskommune', '12'],
    ];
    // The codebook's columns, as the respondent file names them.
    const columns = Object.keys(rows.values().next().value).filter((c) => c !== 'id' && c !== 'type');
    assert.equal(cells.length, columns.length * orgs.length);
    for (const cell of cells) {
      const type = cell.org.length === 2 ? 'fylkeskommune' : 'kommune';
      const row = rows.get(`${type}:${cell.org}`);
      const column = cell.item ? `${cell.question}.${cell.item}` : cell.question;
      assert.ok(columns.includes(column), column);
      assert.equal(cell.code, row ? row[column] : '', `${cell.org} ${column}`);
    }
    // 0105 did not take part: every cell says so.
    const absent = await page.locator('td[data-org="0105"]').first().textContent();
    assert.equal(absent, 'deltok ikke i undersøkelsen');
    assert.equal(await page.title(), 'Sammenlign kommuner – Arbeidsgivermonitoren 2017');
    assert.equal(await currentQuery(page), 'kommuner=1201,0301,0105&fylkeskommuner=12');
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('dagens nummer og navn, ukjente verdier og mer enn seks gir en merknad', async () => {
  const { page, problems, close } = await open('kommuner=4601,9999,Trondheim,0101,0104,0106,0111&fylkeskommuner=12');
  try {
    await comparisonReady(page);
    const orgs = await page.$$eval('table[data-question="dig_prioritet"] td[data-org]', (tds) => tds.map((td) => td.dataset.org));
    assert.deepEqual(orgs, ['1201', '1601', '0101', '0104', '0106', '0111']);
    const notes = await page.locator('.url-notes li').allTextContents();
    assert.equal(notes.length, 2, notes.join('\n'));
    assert.match(notes[0], /høyst 6/);
    assert.match(notes[1], /«9999»/);
    assert.equal(await currentQuery(page), 'kommuner=1201,1601,0101,0104,0106,0111');
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('søkefeltet legger til, og en brikke fjerner med mus eller tastatur', async () => {
  const { page, problems, close } = await open('kommuner=1201');
  try {
    await comparisonReady(page);
    assert.match(await page.locator('.comparison p.hint').textContent(), /minst én/);
    // Add Oslo by keyboard alone.
    await page.locator('#sok').focus();
    await page.keyboard.type('oslo');
    await page.waitForSelector('#sok-liste:not([hidden]) li');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search === '?kommuner=1201,0301');
    await page.waitForSelector('td[data-org="0301"]', { state: 'attached' });
    // And Hordaland fylkeskommune by mouse.
    await page.locator('#sok').fill('hordaland fylkes');
    await page.locator('#sok-liste li').first().click();
    await page.waitForFunction(() => location.search === '?kommuner=1201,0301&fylkeskommuner=12');
    // Remove Oslo with the keyboard: its chip is a button; the focus moves to the next chip.
    const oslo = page.getByRole('button', { name: 'Fjern Oslo fra sammenligningen' });
    await oslo.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search === '?kommuner=1201&fylkeskommuner=12');
    assert.equal(await page.locator('td[data-org="0301"]').count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent.trim()), 'Hordaland fylkeskommune ×');
    // And Bergen by mouse.
    await page.getByRole('button', { name: 'Fjern Bergen fra sammenligningen' }).click();
    await page.waitForFunction(() => location.search === '?fylkeskommuner=12');
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('kommunesiden lenker til sammenligning med forslag fra samme fylke og størrelse', async () => {
  const { page, problems, close } = await open('kommune=1201');
  try {
    await page.waitForSelector('.compare-with a', { state: 'attached', timeout: 20000 });
    const links = await page.$$eval('.compare-with a', (as) => as.map((a) => a.getAttribute('href')));
    assert.equal(links[0], '?kommuner=1201');
    for (const href of links.slice(1)) assert.match(href, /^\?kommuner=1201,\d{4}$/);
    await page.locator('.compare-with .suggestions a').first().click();
    await comparisonReady(page);
    assert.equal((await page.$$eval('table[data-question="dig_prioritet"] td[data-org]', (tds) => tds.length)), 2);
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('CSV-en har én rad per organisasjon og to kolonner per delspørsmål', async () => {
  const { page, problems, close } = await open('kommuner=1201,0105&fylkeskommuner=12');
  try {
    await comparisonReady(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.comparison .download-csv').click()]);
    const csv = fs.readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    assert.equal(lines.length, 5);
    // The selection in words names no grouping: a comparison is not compared by one.
    assert.doesNotMatch(lines.at(-1), /sammenlignet etter/);
    assert.match(lines.at(-1), /Kilde: KS/);
    const rows = respondents();
    const head = lines[0].split(';');
    const bergen = lines[1].split(';');
    assert.equal(bergen[0], '1201');
    for (const [i, column] of head.entries()) {
      if (i < 3 || column.endsWith('_tekst')) continue;
      assert.equal(bergen[i], rows.get('kommune:1201')[column], column);
    }
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('kartet merker alle, innbygd visning har ingen verktøy, og nynorsk og engelsk har egne ord', async () => {
  const { page, problems, close } = await open('kommuner=1201,0301&fylkeskommuner=12');
  try {
    await comparisonReady(page);
    await page.waitForSelector('.comparison figure.locator:not([hidden]) svg[data-locator="1201,0301,12"]', { timeout: 20000 });
    assert.equal(await page.locator('.comparison figure.locator path.marked').count(), 3);
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
  const embedded = await open('kommuner=1201,0301&embed=1');
  try {
    await comparisonReady(embedded.page);
    assert.equal(await embedded.page.locator('.comparison .page-tools, .comparison .back, #sok').count(), 0);
    assert.equal(await embedded.page.locator('td[data-org="0301"]').count() > 0, true);
    assert.equal(await currentQuery(embedded.page), 'kommuner=1201,0301&embed=1');
    assert.deepEqual(embedded.problems, clean);
  } finally {
    await embedded.close();
  }
  for (const [lang, heading, absent] of [
    ['nn', 'Samanlikn kommunar', 'var ikkje med i undersøkinga'],
    ['en', 'Compare municipalities', 'did not take part in the survey'],
  ]) {
    const other = await open(`kommuner=1201,0105&lang=${lang}`);
    try {
      await comparisonReady(other.page);
      assert.equal(await other.page.locator('#sammenligning-tittel').textContent(), heading);
      assert.equal(await other.page.locator('td[data-org="0105"]').first().textContent(), absent);
      assert.deepEqual(other.problems, clean);
    } finally {
      await other.close();
    }
  }
});

test('utskrift på A4: kilden, hvem som sammenlignes og hver tabell, uten knapper', async () => {
  const { page, problems, close } = await open('kommuner=1201,0301&fylkeskommuner=12');
  try {
    await comparisonReady(page);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.search', '.comparison .page-tools', '.comparison .chips', '.skip-link', '.comparison .back']) {
      assert.equal(await page.locator(selector).first().isVisible(), false, `${selector} is hidden in print`);
    }
    assert.match(await page.locator('.comparison .print-only').textContent(), /^Sammenlignet: Bergen, Oslo og Hordaland fylkeskommune\. Kilde: KS/);
    // Every question's table prints, with the organisations' names as its heads.
    const tables = page.locator('table[data-question]');
    assert.equal(await tables.count(), await page.locator('.comparison-question').count());
    for (let i = 0; i < (await tables.count()); i++) assert.ok(await tables.nth(i).isVisible(), `table ${i}`);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 2 && pages <= 12, `${pages} A4 pages`);
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('kommunesiden foreslår naboene på kartet som svarte', async () => {
  const { page, problems, close } = await open('kommune=0301');
  try {
    await page.waitForSelector('#naboer a', { timeout: 20000 });
    const links = await page.$$eval('#naboer a', (as) => as.map((a) => a.getAttribute('href')));
    // Bærum borders Oslo and answered (demo data); every link compares Oslo with one kommune.
    assert.ok(links.includes('?kommuner=0301,0219'), links.join(' '));
    for (const href of links) assert.match(href, /^\?kommuner=0301,\d{4}$/);
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('hvert spørsmål kan lastes ned som bilde (PNG og SVG)', async () => {
  const { page, problems, close } = await open('kommuner=1201,0301');
  try {
    await comparisonReady(page);
    const tools = page.locator('#q-dig_prioritet .figure-tools');
    const [svg] = await Promise.all([page.waitForEvent('download'), tools.getByRole('button', { name: 'Last ned bilde (SVG)' }).click()]);
    assert.equal(svg.suggestedFilename(), 'arbeidsgivermonitoren-2017-sammenligning-dig_prioritet.svg');
    const text = fs.readFileSync(await svg.path(), 'utf8');
    assert.ok(text.includes('>Bergen<') && text.includes('>Oslo<'), text.slice(0, 300));
    const [png] = await Promise.all([page.waitForEvent('download'), tools.getByRole('button', { name: 'Last ned bilde (PNG)' }).click()]);
    assert.equal(png.suggestedFilename(), 'arbeidsgivermonitoren-2017-sammenligning-dig_prioritet.png');
    const bytes = fs.readFileSync(await png.path());
    assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

/// Clicks `selector` (an SVG path) where it is itself under the pointer: a small or oddly
/// shaped kommune's box centre may lie in another.
async function clickRegion(page, selector) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  const point = await page.$eval(selector, (path) => {
    const box = path.getBoundingClientRect();
    for (let y = box.top + 0.5; y < box.bottom; y += 1) {
      for (let x = box.left + 0.5; x < box.right; x += 1) if (document.elementFromPoint(x, y) === path) return { x, y };
    }
    return null;
  });
  assert.ok(point, `no point of ${selector} is under the pointer`);
  await page.mouse.click(point.x, point.y);
}

test('på kartet legger et trykk til en kommune, og et nytt trykk tar den bort', async () => {
  const { page, problems, close } = await open('kommuner=1201,0301');
  try {
    await comparisonReady(page);
    await page.waitForSelector('.comparison figure.picker:not([hidden]) svg[data-locator="1201,0301"]', { timeout: 20000 });
    // Every kommune is on it, named (the pointer shows the title), the compared ones marked.
    assert.equal(await page.locator('.picker path.pick').count(), 426);
    assert.equal(await page.locator('.picker path.pick.marked').count(), 2);
    assert.equal(await page.locator('.picker path[data-knr="1201"] > title').textContent(), 'Bergen – valgt');
    assert.equal(await page.locator('.picker path[data-knr="0105"] > title').textContent(), 'Sarpsborg – deltok ikke i undersøkelsen');
    assert.equal(await page.locator('.picker path[data-knr="1601"] > title').textContent(), 'Trondheim');
    assert.match(await page.locator('.comparison figure.picker figcaption').textContent(), /Trykk på en kommune i kartet/);
    // While the view is drawn anew, the map stays: it is never hidden or empty between a click
    // and the worker's new map.
    await page.evaluate(() => {
      window.mapGone = false;
      new MutationObserver(() => {
        if (!document.querySelector('.comparison figure.picker:not([hidden]) svg')) window.mapGone = true;
      }).observe(document.getElementById('sammenligning'), { subtree: true, childList: true, attributes: true });
    });
    await clickRegion(page, '.picker path[data-knr="1601"]');
    await page.waitForFunction(() => location.search === '?kommuner=1201,0301,1601');
    await page.waitForSelector('.picker svg[data-locator="1201,0301,1601"] path.pick.marked[data-knr="1601"]');
    await page.waitForSelector('table[data-question="dig_prioritet"] td[data-org="1601"]', { state: 'attached' });
    await clickRegion(page, '.picker path[data-knr="0301"]');
    await page.waitForFunction(() => location.search === '?kommuner=1201,1601');
    await page.waitForSelector('.picker svg[data-locator="1201,1601"]');
    assert.equal(await page.locator('td[data-org="0301"]').count(), 0);
    assert.equal(await page.evaluate(() => window.mapGone), false);
    // Embedded, the map only marks them: nothing to pick.
    await page.goto(`${page.url().split('?')[0]}?kommuner=1201,1601&embed=1`);
    await page.waitForSelector('.comparison figure.locator:not([hidden]) svg[data-locator="1201,1601"]', { timeout: 20000 });
    assert.equal(await page.locator('.comparison .picker, .comparison path.pick').count(), 0);
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

test('en nedlasting som feiler, sier det under knappene, og neste som lykkes fjerner meldingen', async () => {
  const { page, problems, close } = await open('kommuner=1201,0301');
  try {
    await comparisonReady(page);
    await page.evaluate(() => {
      window.createObjectURL = URL.createObjectURL;
      URL.createObjectURL = () => {
        throw new Error('blokkert av testen');
      };
    });
    await page.locator('.comparison .download-csv').click();
    const csvError = page.locator('.comparison .page-tools + p.download-error[role="alert"]');
    await csvError.waitFor();
    assert.match(await csvError.textContent(), /^Nedlastingen mislyktes: .*blokkert av testen/);
    const tools = page.locator('#q-dig_prioritet .figure-tools');
    await tools.getByRole('button', { name: 'Last ned bilde (SVG)' }).click();
    await page.locator('#q-dig_prioritet .figure-tools + p.download-error[role="alert"]').waitFor();
    await page.evaluate(() => (URL.createObjectURL = window.createObjectURL));
    await Promise.all([page.waitForEvent('download'), page.locator('.comparison .download-csv').click()]);
    await csvError.waitFor({ state: 'detached' });
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
});

for (const width of [1280, 320]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finner ingen brudd i sammenligningen (${width} px, ${colorScheme})`, async () => {
      const { page, close } = await open('kommuner=1201,0301,0105&fylkeskommuner=12&type=kommune', { viewport: { width, height: 900 }, colorScheme });
      try {
        await comparisonReady(page);
        assert.deepEqual(await axeViolations(page), []);
        assert.equal(await sidewaysOverflow(page), 0);
      } finally {
        await close();
      }
    });
  }
}
