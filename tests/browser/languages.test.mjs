// The page in nynorsk and English (issue 14): `lang=` starts that language's build (the loader
// post-build writes), the page speaks it — `<html lang>`, the header, the filters, the key
// figures, the tables, «Om dataa», the organisation page, the maps and the «Åpne egne data»
// dialog (from workers in the same language) — with no text node from another language's
// wording module, numbers in the language's form, and the switch in the header keeps every
// filter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { session, clean, ready, currentQuery, showEveryTable, axeViolations, sidewaysOverflow } from './helpers.mjs';
import { startServer } from './server.mjs';
import { watch } from './browser.mjs';

const s = session();

/// The whole string literals of a wording module's files (no placeholders), as the page shows
/// them: the strings a page in another language must not show.
function literals(language) {
  const files = [`src/wording/${language}.rs`, `src/wording/${language}/data_errors.rs`, `src/wording/${language}/own_data.rs`];
  const found = new Set();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
      const literal = m[1].replace(/\\u\{([0-9a-f]+)\}/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16))).replace(/\\'/g, "'");
      if (!literal.includes('{') && literal.trim().length >= 4) found.add(literal.trim());
    }
  }
  return found;
}

const WORDS = { nb: literals('nb'), nn: literals('nn'), en: literals('en') };
/// Landsdeler stay Norwegian in every language (the wording names two for «i»/«på»).
const PLACE_NAMES = new Set(['Østlandet', 'Sørlandet', 'Vestlandet', 'Trøndelag', 'Nord-Norge']);

/// The texts of another language that the page shows: every text node and accessible name
/// that is one of that language's strings and not also one of the page's own.
async function foreignTexts(page, language) {
  const shown = await page.evaluate(() => {
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (node.parentElement?.closest('script, style, [hidden]')) continue;
      const text = node.textContent.trim();
      if (text) texts.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    return [...new Set(texts)];
  });
  const others = Object.keys(WORDS).filter((l) => l !== language);
  return shown.filter((text) => !PLACE_NAMES.has(text) && others.some((other) => WORDS[other].has(text)) && !WORDS[language].has(text));
}

const PAGES = {
  nn: {
    title: 'Arbeidsgivermonitoren 2017', filters: 'Vel utval', keyFigures: 'Nøkkeltal for utvalet', about: 'Om dataa', percent: /\d\u00a0%/,
    csv: 'Last ned tal (CSV)', svg: 'Last ned bilete (SVG)', change: 'Endre utvalet', described: 'Demodata: ekte kommunar',
    header: 'spørsmål;punkt;gruppe;svarkode;svar;tal;n;del;', question: 'Har de ein strategi for å dekkje kompetansebehovet?',
    source: 'Kjelde: KS, Arbeidsgivermonitoren 2017 (demodata)', selection: 'Kommunar; storleik: store; samanlikna etter landsdel',
  },
  en: {
    title: 'The Employer Monitor 2017', filters: 'Choose a selection', keyFigures: 'Key figures for the selection', about: 'About the data', percent: /\d%/,
    csv: 'Download figures (CSV)', svg: 'Download image (SVG)', change: 'Change selection', described: 'Demo data: real municipalities',
    header: 'question;item;group;answer_code;answer;count;n;share;', question: 'Do you have a strategy for meeting your competence needs?',
    source: 'Source: KS, Arbeidsgivermonitoren 2017 (demo data)', selection: 'Municipalities; size: large; compared by region',
  },
};

for (const [language, expected] of Object.entries(PAGES)) {
  test(`lang=${language}: siden, tabellene og «Om dataene» er på ${language}, uten tekst fra de andre språkene`, async () => {
    const { page, problems, close } = await s.openReady(`lang=${language}&type=kommune`);
    try {
      assert.equal(await page.getAttribute('html', 'lang'), language);
      assert.equal((await page.locator('header.page-header h1').textContent()).trim(), expected.title);
      assert.equal(await page.title(), expected.title);
      const body = await page.locator('body').innerText();
      // «Om dataa» says what the answers are in the page's language (dataset.json's).
      for (const text of [expected.filters, expected.keyFigures, expected.about, expected.described]) assert.ok(body.includes(text), `«${text}» is shown`);
      assert.match(await page.locator('.key-figures').innerText(), expected.percent);
      if (language === 'en') assert.doesNotMatch(await page.locator('.key-figures').innerText(), /\d\u00a0%/);
      await showEveryTable(page);
      assert.deepEqual(await foreignTexts(page, language), []);
      // The check finds a bokmål text where one is.
      await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { id: 'planted', textContent: 'Vis alle som tabeller' })));
      assert.deepEqual(await foreignTexts(page, language), ['Vis alle som tabeller']);
      await page.evaluate(() => document.getElementById('planted').remove());
      // The switch names each language in itself and marks the page's own.
      const current = page.locator('nav.language-switch a[aria-current="true"]');
      assert.equal(await current.getAttribute('lang'), language);
      // The filters and «Bygg inn» keep the language.
      await page.locator('#effekter .embed-open').click();
      assert.match(await page.locator('#bygg-inn-kode').inputValue(), new RegExp(`lang=${language}`));
      await page.keyboard.press('Escape');
      assert.match(await currentQuery(page), new RegExp(`lang=${language}`));
      // An organisation's page, and its way back, in the same language.
      await page.goto(`${s.server.url}?lang=${language}&kommune=1201`);
      await page.waitForSelector('main .organisation table', { state: 'attached' });
      assert.equal(await page.getAttribute('html', 'lang'), language);
      assert.deepEqual(await foreignTexts(page, language), []);
      assert.match(await page.locator('main a[href^="?"]').first().getAttribute('href'), new RegExp(`lang=${language}`));
      // Its printed report carries the language's source line, without the switch.
      await page.emulateMedia({ media: 'print' });
      assert.ok((await page.locator('.organisation .print-only').first().textContent()).includes(expected.source));
      assert.equal(await page.locator('nav.language-switch').isVisible(), false);
      await page.emulateMedia({ media: 'screen' });
      assert.deepEqual(problems, clean);
    } finally {
      await close();
    }
  });
}

for (const [language, expected] of Object.entries(PAGES)) {
  test(`lang=${language}: nedlastinger og filterdialogen er på sidens språk`, async () => {
    const { page, close } = await s.openReady(`lang=${language}&type=kommune&size=large&split=landsdel`);
    try {
      const download = async (name) => {
        const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#q-komp_strategi').getByRole('button', { name }).click()]);
        return fs.readFileSync(await file.path(), 'utf8');
      };
      const csv = await download(expected.csv);
      assert.ok(csv.replace(/^\ufeff/, '').startsWith(expected.header), csv.slice(0, 120));
      assert.ok(csv.includes(expected.source), csv.slice(-200));
      assert.ok(csv.includes(expected.selection), csv.slice(-200));
      const svg = await download(expected.svg);
      for (const text of [expected.question, expected.source, expected.selection]) assert.ok(svg.includes(text), `the SVG has «${text}»`);
    } finally {
      await close();
    }
    const phone = await s.openReady(`lang=${language}`, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      await phone.page.getByRole('button', { name: expected.change }).click();
      await phone.page.locator('.filter-panel.open').waitFor();
      assert.deepEqual(await foreignTexts(phone.page, language), []);
      assert.ok((await phone.page.locator('.filter-panel.open').innerText()).includes(expected.filters));
    } finally {
      await phone.close();
    }
  });
}

test('kartene og «Åpne egne data» kommer fra arbeidere på sidens språk', async () => {
  for (const [language, heading] of [['nn', 'Opne eigne data'], ['en', 'Open your own data']]) {
    const { page, problems, close } = await s.openReady(`lang=${language}&kart=fylke`);
    try {
      await page.locator('#q-komp_med .map-view').scrollIntoViewIfNeeded();
      await page.waitForSelector('#q-komp_med svg[data-map] path');
      const worker = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).find((n) => /map-worker/.test(n)));
      assert.match(worker, new RegExp(`map-worker-${language}`));
      assert.deepEqual(await foreignTexts(page, language), []);
      await page.locator('#egne-data-apne').click();
      await page.locator('dialog.own-data-dialog[open]').waitFor();
      assert.equal((await page.locator('dialog.own-data-dialog[open] h2').first().textContent()).trim(), heading);
      assert.deepEqual(await foreignTexts(page, language), []);
      assert.deepEqual(problems, clean);
    } finally {
      await close();
    }
  }
});

test('språkvelgeren i toppen bytter språk og beholder filtrene; et ukjent språk får en merknad', async () => {
  const { page, problems, close } = await s.openReady('type=kommune&split=fylke');
  try {
    assert.equal(await page.getAttribute('html', 'lang'), 'nb');
    const links = page.locator('nav.language-switch a');
    assert.deepEqual(await links.allTextContents(), ['Bokmål', 'Nynorsk', 'English']);
    await Promise.all([page.waitForURL(/lang=en/), links.nth(2).click()]);
    await ready(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    const query = new URLSearchParams(await currentQuery(page));
    assert.equal(query.get('type'), 'kommune');
    assert.equal(query.get('split'), 'fylke');
    await Promise.all([page.waitForURL((url) => !url.search.includes('lang=')), page.locator('nav.language-switch a', { hasText: 'Bokmål' }).click()]);
    await ready(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'nb');
    assert.equal(new URLSearchParams(await currentQuery(page)).get('split'), 'fylke');
    assert.deepEqual(problems, clean);
  } finally {
    await close();
  }
  const unknown = await s.openReady('lang=se');
  try {
    assert.equal(await unknown.page.getAttribute('html', 'lang'), 'nb');
    assert.match(await unknown.page.locator('.url-notes').innerText(), /«se» for «lang».*nb, nn, en/s);
  } finally {
    await unknown.close();
  }
});

test('axe finner ingenting på nynorsk og engelsk, ved 1280 og 320 px', async () => {
  for (const language of ['nn', 'en']) {
    for (const width of [1280, 320]) {
      const { page, close } = await s.openReady(`lang=${language}`, { viewport: { width, height: 800 } });
      try {
        assert.deepEqual(await axeViolations(page), [], `${language} at ${width} px`);
        assert.equal(await sidewaysOverflow(page), 0, `${language} at ${width} px`);
      } finally {
        await close();
      }
    }
  }
});

test('et språk leseren bytter til, lagres da og virker uten nett', async () => {
  const server = await startServer();
  const context = await s.browser.newContext();
  const page = await context.newPage();
  const problems = watch(page, server.origin);
  try {
    await page.goto(server.url);
    await ready(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
    // Online, the reader switches to English: its build and map worker are fetched through the
    // worker, checked and cached (issue 23: only bokmål's were precached).
    await page.goto(`${server.url}?lang=en&kart=fylke`);
    await ready(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.locator('#q-dig_prioritet .map-view').scrollIntoViewIfNeeded();
    await page.waitForSelector('#q-dig_prioritet svg[data-map] path[data-fylke]', { timeout: 20000 });
    await page.waitForFunction(async () => {
      const cached = [];
      for (const key of await caches.keys()) cached.push(...(await (await caches.open(key)).keys()).map((r) => r.url));
      return ['arbeidsgivermonitor-en_bg-', 'map-worker-en_bg-', 'map-worker-en_loader-'].every((part) => cached.some((url) => url.includes(part)));
    });
    await server.close();
    await page.goto(`${server.url}?lang=en&type=kommune&kart=fylke`);
    await ready(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await page.locator('.language-note').count(), 0);
    await page.locator('#q-dig_prioritet .map-view').scrollIntoViewIfNeeded();
    await page.waitForSelector('#q-dig_prioritet svg[data-map] path[data-fylke]', { timeout: 20000 });
    assert.deepEqual(problems.errors, []);
  } finally {
    await context.close();
    await server.close();
  }
});
