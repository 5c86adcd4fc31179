// Print (issue 27 §3) in Debian's headless Chromium: a filtered view printed to PDF (the page's
// print to PDF, which fires `beforeprint` as Ctrl+P does) is a report — title, source and the
// selection in words, the demo notice, the key figures, and for every question its chart drawn
// for print and its table. The PDF's text (poppler's `pdftotext -raw`, which keeps the order
// the page draws its text in) is checked against the core (`expected-view`): every question's
// rows, each row's item, group and figures as the table words them, in one run; the key
// figures' sentences; the chart's bars. In print media no chart may be split across pages (at
// most a page tall, `break-inside: avoid`) and no undrawn chart leaves an empty area. The
// organisation page's report the same: each question's chart drawn for print and its table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { session, clean, expected } from './helpers.mjs';

const s = session();

/// Waits until every question's print parts show the page's selection (src/app/print_prep.rs).
const printReady = (page) =>
  page.waitForFunction(
    () => {
      const articles = [...document.querySelectorAll('article.question')];
      return articles.length > 0 && articles.every((a) => a.getAttribute('data-print') === 'ready');
    },
    null,
    { timeout: 30000 },
  );

/// The page printed to an A4 PDF, as its text in drawing order, whitespace made single spaces.
async function printedText(page) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'agm-print-')), 'view.pdf');
  await page.pdf({ path: file, format: 'A4' });
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = Number(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1]);
  fs.rmSync(path.dirname(file), { recursive: true });
  return { text: normal(text), pages };
}

/// Whitespace as single spaces, and a word broken at its hyphen across lines joined again.
const normal = (text) =>
  text
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/(\p{L})- (?=\p{L})/gu, '$1-')
    .trim();

/// Every question's title and table rows as the page words them (the tables print prepared),
/// with the figures the row's cells carry.
const readRows = (page) =>
  page.$$eval('article.question', (articles) => {
    // A cell's words as printed: its text nodes, each a run of its own (a count, a share and an
    // interval are separate lines in a cell).
    const cellWords = (cell) => {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      const words = [];
      while (walker.nextNode()) words.push(walker.currentNode.textContent);
      return words.join(' ');
    };
    return articles.map((article) => {
      const table = article.querySelector('table[data-question]');
      return {
        qid: article.id.replace(/^q-/, ''),
        title: article.querySelector('h3').textContent,
        // The chart drawn for print: its texts (axis, groups, items, the bars' labels).
        chart: [...article.querySelectorAll('.print-chart svg text')].map((t) => t.textContent),
        rows: table
          ? [...table.querySelectorAll('tbody tr[data-item]:not([data-total])')].map((tr) => ({
              item: tr.dataset.item,
              group: tr.dataset.group ?? null,
              n: Number(tr.querySelector('td[data-code]').dataset.n),
              counts: Object.fromEntries([...tr.querySelectorAll('td[data-code]')].map((td) => [td.dataset.code, td.dataset.count])),
              share: tr.querySelector('td.headline').dataset.share ?? null,
              words: [...tr.children].map(cellWords),
            }))
          : [],
      };
    });
  });

/// The text of question `i`'s part of the report: from its title to the next question's.
function part(text, questions, i) {
  const from = text.indexOf(normal(questions[i].title));
  assert.ok(from >= 0, `the report names «${questions[i].title}»`);
  const next = i + 1 < questions.length ? text.indexOf(normal(questions[i + 1].title), from + 1) : text.length;
  return text.slice(from, next < 0 ? text.length : next);
}

/// Every question of the report: its chart drawn for print, and its table's rows — the core's
/// rows (`want`, from expected-view) as the page words them — each printed in one run.
function assertQuestionsPrinted(text, questions, want) {
  assert.deepEqual(questions.map((q) => q.qid).sort(), Object.keys(want.questions).sort());
  for (const [i, question] of questions.entries()) {
    const printed = part(text, questions, i);
    // The chart drawn for print: its axis, and every text it draws (the bars' labels too).
    assert.ok(question.chart.length > 8, `${question.qid}: a chart drawn for print`);
    assert.ok(printed.includes('0 % 20 % 40 % 60 % 80 % 100 %'), `${question.qid}: the chart's axis`);
    for (const words of question.chart) assert.ok(printed.includes(normal(words)), `${question.qid}: the chart's «${words}»`);
    // The table: the core's rows, each printed in one run as the table words it.
    const core = want.questions[question.qid].rows;
    assert.equal(question.rows.length, core.length, question.qid);
    for (const [r, row] of question.rows.entries()) {
      const expectedRow = core[r];
      assert.equal(row.item, expectedRow.item);
      assert.equal(row.group, expectedRow.group);
      assert.equal(row.n, expectedRow.n, `${question.qid} ${row.item} ${row.group}: n`);
      const counts = Object.fromEntries(Object.entries(row.counts).map(([code, c]) => [code, c === ':' ? null : Number(c)]));
      if (expectedRow.counts) assert.deepEqual(counts, expectedRow.counts, `${question.qid} ${row.item} ${row.group}: counts`);
      assert.equal(row.share, expectedRow.headline?.[0] ?? null, `${question.qid} ${row.item} ${row.group}: the headline share`);
      const words = normal(row.words.map(normal).filter(Boolean).join(' '));
      assert.ok(printed.includes(words), `${question.qid}: the printed table has the row «${words}»`);
    }
  }
}

test('utskrift av et filtrert utvalg: hvert spørsmål med figur og tabell, tall som kjernen', async () => {
  const query = 'type=kommune&landsdel=Vestlandet&split=size';
  const { page, problems, close } = await s.openReady(query, { viewport: { width: 1280, height: 800 } });
  await printReady(page);
  const want = expected(query);
  const { text, pages } = await printedText(page);
  const questions = await readRows(page);

  // The head of the report.
  assert.ok(text.includes('Arbeidsgivermonitoren 2017'), 'the title');
  assert.ok(text.includes('Demodata: svarene er syntetiske'), 'the demo notice');
  assert.ok(
    text.includes('Kilde: KS, Arbeidsgivermonitoren 2017 (demodata). Utvalg: Kommuner; landsdel: Vestlandet; sammenlignet etter størrelse.'),
    'source and selection in words',
  );
  for (const figure of want.keyFigures) assert.ok(text.includes(normal(figure.sentence)), figure.sentence);

  assertQuestionsPrinted(text, questions, want);
  assert.ok(pages >= 8 && pages <= 20, `${pages} pages`);
  assert.deepEqual(problems, clean);
  await close();
});

test('utskrift: ingen figur delt over to sider, ingen tomme figurområder', async () => {
  const { page, problems, close } = await s.openReady('type=kommune&split=landsdel', { viewport: { width: 390, height: 844 } });
  await printReady(page);
  await page.emulateMedia({ media: 'print' });
  const shown = await page.$$eval('article.question', (articles) =>
    articles.map((article) => {
      const box = (selector) => {
        const element = article.querySelector(selector);
        return element && getComputedStyle(element).display !== 'none' ? element.getBoundingClientRect().height : 0;
      };
      const chart = article.querySelector('.print-chart');
      return {
        qid: article.id,
        live: box('.chart'),
        figure: box('.figure'),
        print: box('.print-chart svg'),
        unbroken: chart && getComputedStyle(chart).breakInside,
        table: box('.table-view table'),
      };
    }),
  );
  // A4 less the margins: 267 mm of height at 96 px per inch.
  const pageHeight = (267 / 25.4) * 96;
  for (const question of shown) {
    assert.equal(question.live, 0, `${question.qid}: the live chart is not printed`);
    assert.equal(question.figure, 0, `${question.qid}: no empty figure area`);
    assert.ok(question.print > 100 && question.print <= pageHeight, `${question.qid}: the chart for print is ${question.print} px tall`);
    assert.equal(question.unbroken, 'avoid', `${question.qid}: the chart is kept on one page`);
    assert.ok(question.table > 0, `${question.qid}: the table is printed`);
  }
  assert.deepEqual(problems, clean);
  await close();
});

test('utskrift rett etter en endring (Ctrl+P): beforeprint gjør tabellene og figurene ferdige', async () => {
  const { page, problems, close } = await s.openReady('type=kommune', { viewport: { width: 1280, height: 800 } });
  // The reader scrolls (which loads ECharts), changes the selection and prints at once, before
  // the page has been idle long enough to prepare anything: `beforeprint` does it all.
  await page.mouse.wheel(0, 300);
  await page.waitForFunction(() => window.echarts);
  await page.evaluate(() => history.replaceState(null, '', '?type=fylkeskommune'));
  await page.evaluate(() => window.dispatchEvent(new PopStateEvent('popstate')));
  await page.waitForFunction(() => document.querySelector('.key-figures-section').textContent.includes('Fylkeskommuner'));
  // Every question's print parts are now old (a far question follows a frame later).
  await page.waitForFunction(() => !document.querySelector('article.question[data-print]'));
  const { text } = await printedText(page);
  // Read after the print: what `beforeprint` made.
  const questions = await readRows(page);
  assertQuestionsPrinted(text, questions, expected('type=fylkeskommune'));
  assert.ok(text.includes('Utvalg: Fylkeskommuner.'), 'the new selection in words');
  assert.equal(await page.$$eval('article.question[data-print="ready"]', (a) => a.length), questions.length, 'all prepared by beforeprint');
  assert.deepEqual(problems, clean);
  await close();
});

test('utskrift på nynorsk og engelsk', async () => {
  const languages = [
    ['nn', 'Kjelde:', 'Utval: Fylkeskommunar.'],
    ['en', 'Source:', 'Selection: County authorities.'],
  ];
  // Both at once: each waits for the page to prepare its print.
  await Promise.all(
    languages.map(async ([lang, source, selection]) => {
      const { page, problems, close } = await s.openReady(`type=fylkeskommune&lang=${lang}`, { viewport: { width: 1280, height: 800 } });
      await page.waitForFunction((lang) => document.documentElement.lang === lang, lang);
      await printReady(page);
      const { text } = await printedText(page);
      assert.ok(text.includes(source), `${lang}: ${text.slice(0, 300)}`);
      assert.ok(text.includes(selection), `${lang}: ${selection}`);
      assert.ok(text.includes('0 % 20 % 40 % 60 % 80 % 100 %') || text.includes('0% 20% 40% 60% 80% 100%'), `${lang}: charts`);
      assert.deepEqual(problems, clean);
      await close();
    }),
  );
});

test('utskrift i mørk modus er på hvitt papir med lyse farger', async () => {
  const { page, problems, close } = await s.openReady('type=kommune&dark=true', { colorScheme: 'dark', viewport: { width: 1280, height: 800 } });
  const colours = () =>
    page.evaluate(() => {
      const root = getComputedStyle(document.documentElement);
      return [root.getPropertyValue('--fg').trim(), root.getPropertyValue('--bg').trim(), getComputedStyle(document.querySelector('.key-figure')).color];
    });
  assert.deepEqual((await colours()).slice(0, 2), ['#eceff3', '#121417'], 'dark on screen');
  await page.emulateMedia({ media: 'print' });
  const [fg, bg, figure] = await colours();
  assert.deepEqual([fg, bg], ['#1a1a1a', '#ffffff'], 'the light palette in print');
  assert.notEqual(figure, 'rgb(236, 239, 243)', "the key figures are not in the dark palette's light text");
  assert.deepEqual(problems, clean);
  await close();
});

test('utskrift av kommunesiden: hvert spørsmål med figur og tabell', async () => {
  const query = 'kommune=1201';
  const { page, problems, close } = await s.open(query, { viewport: { width: 1280, height: 800 } });
  const count = Object.keys(expected('type=kommune').questions).length;
  await page.waitForFunction((count) => document.querySelectorAll('.organisation article.question').length === count, count);
  await printReady(page);
  const { text } = await printedText(page);
  const questions = await page.$$eval('.organisation article.question', (articles) =>
    articles.map((article) => ({
      qid: article.id.replace(/^q-/, ''),
      title: article.querySelector('h3').textContent,
      chart: [...article.querySelectorAll('.print-chart svg text')].map((t) => t.textContent),
      // Each row's cells as printed: the item, the own answer, each peer group's figure.
      rows: [...article.querySelectorAll('table[data-organisation-question] tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent)),
    })),
  );
  assert.ok(text.includes('Bergen Fylke Hordaland Landsdel Vestlandet'), 'the organisation and its facts');
  assert.ok(text.includes('Kilde: KS'), 'the source');
  assert.ok(text.includes('Demodata'), 'the demo notice');
  for (const [i, question] of questions.entries()) {
    const printed = part(text, questions, i);
    assert.ok(question.chart.length > 8, `${question.qid}: a chart drawn for print`);
    assert.ok(printed.includes('0 % 20 % 40 % 60 % 80 % 100 %'), `${question.qid}: the chart's axis`);
    for (const words of question.chart) assert.ok(printed.includes(normal(words)), `${question.qid}: the chart's «${words}»`);
    assert.ok(question.rows.length > 0, question.qid);
    for (const row of question.rows) {
      const words = normal(row.map(normal).join(' '));
      assert.ok(printed.includes(words), `${question.qid}: the printed table has the row «${words}»`);
    }
  }
  // In print the live charts are gone, and no chart for print is split.
  await page.emulateMedia({ media: 'print' });
  const live = await page.$$eval('.organisation .chart', (charts) => charts.filter((c) => getComputedStyle(c).display !== 'none').length);
  assert.equal(live, 0, 'no live chart in print');
  const unbroken = await page.$$eval('.organisation .print-chart', (charts) => charts.map((c) => getComputedStyle(c).breakInside));
  assert.deepEqual(unbroken, questions.map(() => 'avoid'));
  assert.deepEqual(problems, clean);
  await close();
});
