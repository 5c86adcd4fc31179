// «Kopier bilde» and «Kopier lenke» (issue 27 §4) in Debian's headless Chromium, with the
// clipboard allowed (the page's context granted clipboard-read and -write) and refused
// (clipboard-write denied through the DevTools protocol, as a reader's browser may):
// - allowed: the link on the clipboard is the page's URL with the filters, without the reader's
//   own options (`dark`), with the question's anchor, and opens the page at that question with
//   the same tables; the image on the clipboard is a PNG as large as the PNG download (the same
//   drawing: title, selection and source, checked in the SVG download); a visible note says so;
// - refused: the image is downloaded instead and the note says so; the link is shown in a
//   field, focused and selected, named by the note;
// - English words; axe at 1280 and 320 px, light and dark, with the note and the field shown;
// - the organisation page's questions the same (their image titled with the organisation), and
//   the comparison page's (their image drawn by the map worker, copied while it is drawn).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { session, clean, axeViolations, readTables, expectedTables } from './helpers.mjs';

const s = session();
const QUESTION = 'article#q-komp_med';

/// The page opened with the clipboard refused: clipboard-write denied for its browser context.
async function openRefused(query, options = {}) {
  const opened = await s.open(query, options);
  const page = opened.page;
  const { targetInfo } = await (await page.context().newCDPSession(page)).send('Target.getTargetInfo');
  const cdp = await s.browser.newBrowserCDPSession();
  await cdp.send('Browser.setPermission', {
    permission: { name: 'clipboard-write' },
    setting: 'denied',
    origin: s.server.origin,
    browserContextId: targetInfo.browserContextId,
  });
  await page.waitForSelector(`${QUESTION} button[data-copy="link"]`, { timeout: 20000 });
  return opened;
}

const note = (page) => page.$eval(`${QUESTION} .copy-note`, (n) => n.textContent);

/// Waits until the page (opened at a question's anchor) shows the question at the top of the view.
async function scrolledTo(page, question) {
  await page.waitForSelector(question);
  await page.waitForFunction(
    (q) => {
      const box = document.querySelector(q).getBoundingClientRect();
      return box.top >= -1 && box.top < innerHeight / 2;
    },
    question,
  );
}

/// The PNG on the clipboard, as bytes.
const clipboardPng = async (page) =>
  Buffer.from(
    await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return [...new Uint8Array(await (await item.getType('image/png')).arrayBuffer())];
    }),
  );

/// Opens a copied link and waits until the page shows the question at the top of the view.
async function opensAt(link, question) {
  const opened = await s.open(link.slice(s.server.url.length), { viewport: { width: 1280, height: 800 } });
  await scrolledTo(opened.page, question);
  assert.deepEqual(opened.problems, clean);
  await opened.close();
}

/// A PNG's width and height, from its header.
const pngSize = (bytes) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

test('med utklippstavlen tillatt: lenken og bildet kopieres, og det sies', async () => {
  const query = 'type=kommune&split=size&dark=true';
  const { page, problems, close } = await s.openReady(query, {
    permissions: ['clipboard-read', 'clipboard-write'],
    viewport: { width: 1280, height: 800 },
  });
  await page.click(`${QUESTION} button[data-copy="link"]`);
  await page.waitForFunction((q) => document.querySelector(`${q} .copy-note p`)?.textContent.startsWith('Lenken er kopiert'), QUESTION);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, `${s.server.url}?type=kommune&split=size#q-komp_med`);
  assert.equal(await page.$(`${QUESTION} .copy-field`), null, 'no field when the copy worked');

  await page.click(`${QUESTION} button[data-copy="image"]`);
  await page.waitForFunction((q) => document.querySelector(`${q} .copy-note p`)?.textContent.startsWith('Bildet er kopiert'), QUESTION);
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const blob = await item.getType('image/png');
    return { types: item.types, bytes: [...new Uint8Array(await blob.arrayBuffer())] };
  });
  assert.deepEqual(copied.types, ['image/png']);
  const png = Buffer.from(copied.bytes);
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  // The same drawing as the downloads: as large as the PNG download, and the SVG download has the
  // title, the selection and the source.
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click(`${QUESTION} button:text("Last ned bilde (PNG)")`)]);
  const downloaded = fs.readFileSync(await pngDownload.path());
  assert.deepEqual(pngSize(png), pngSize(downloaded));
  assert.equal(pngSize(png)[0], 1920, 'drawn at twice the export width');
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click(`${QUESTION} button:text("Last ned bilde (SVG)")`)]);
  const svg = fs.readFileSync(await svgDownload.path(), 'utf8');
  const title = await page.$eval(`${QUESTION} h3`, (h) => h.textContent);
  for (const words of [title, 'Kommuner; sammenlignet etter størrelse', 'Kilde: KS']) assert.ok(svg.includes(words), words);
  assert.deepEqual(problems, clean);

  // The link opens the page at the question, with the same tables.
  const opened = await s.open(link.slice(s.server.url.length), { viewport: { width: 1280, height: 800 } });
  await scrolledTo(opened.page, QUESTION);
  assert.equal(await opened.page.evaluate(() => location.hash), '#q-komp_med');
  const tables = await readTables(opened.page);
  assert.deepEqual(tables.komp_med, expectedTables('type=kommune&split=size').komp_med);
  assert.deepEqual(opened.problems, clean);
  await opened.close();
  await close();
});

test('med utklippstavlen nektet: bildet lastes ned, lenken vises merket i et felt', async () => {
  const { page, problems, close } = await openRefused('type=kommune', { viewport: { width: 1280, height: 800 } });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`${QUESTION} button[data-copy="image"]`)]);
  assert.equal(download.suggestedFilename(), 'arbeidsgivermonitoren-2017-komp_med.png');
  const png = fs.readFileSync(await download.path());
  assert.equal(png.subarray(1, 4).toString(), 'PNG');
  await page.waitForFunction((q) => document.querySelector(`${q} .copy-note p`)?.textContent.includes('lastet ned i stedet'), QUESTION);

  await page.click(`${QUESTION} button[data-copy="link"]`);
  await page.waitForSelector(`${QUESTION} .copy-field`);
  const field = await page.$eval(`${QUESTION} .copy-field`, (input) => ({
    value: input.value,
    focused: document.activeElement === input,
    selected: [input.selectionStart, input.selectionEnd],
    name: document.getElementById(input.getAttribute('aria-labelledby'))?.textContent,
    readOnly: input.readOnly,
  }));
  assert.equal(field.value, `${s.server.url}?type=kommune#q-komp_med`);
  assert.equal(field.focused, true);
  assert.deepEqual(field.selected, [0, field.value.length]);
  assert.equal(field.readOnly, true);
  assert.ok(field.name.startsWith('Nettleseren lot ikke siden kopiere lenken'), field.name);
  assert.match(await note(page), /Ctrl\+C/);
  assert.deepEqual(problems, clean);
  await close();
});

test('kopiering på engelsk', async () => {
  const { page, problems, close } = await openRefused('type=kommune&lang=en', { viewport: { width: 1280, height: 800 } });
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.getByRole('button', { name: 'Copy link' }).first().waitFor();
  await page.locator(`${QUESTION} button[data-copy="link"]`).click();
  await page.waitForSelector(`${QUESTION} .copy-field`);
  assert.match(await note(page), /^The browser did not let the page copy the link/);
  assert.equal(await page.$eval(`${QUESTION} .copy-field`, (i) => i.value), `${s.server.url}?type=kommune&lang=en#q-komp_med`);
  assert.equal(await page.locator(`${QUESTION} button[data-copy="image"]`).textContent(), 'Copy image');
  assert.deepEqual(problems, clean);
  await close();
});

for (const width of [1280, 320]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finner ingen brudd med kopimerknaden og lenkefeltet (${width} px, ${colorScheme})`, async () => {
      const { page, close } = await openRefused('type=kommune', { viewport: { width, height: 900 }, colorScheme });
      await page.locator(`${QUESTION} button[data-copy="link"]`).click();
      await page.waitForSelector(`${QUESTION} .copy-field`);
      assert.deepEqual(await axeViolations(page), []);
      await close();
    });
  }
}

test('kommunesiden: hvert spørsmål kopieres som bilde og lenke', async () => {
  const ORG_QUESTION = 'article#q-dig_effekt';
  const { page, problems, close } = await s.open('kommune=1201&dark=true', {
    permissions: ['clipboard-read', 'clipboard-write'],
    viewport: { width: 1280, height: 800 },
  });
  await page.waitForSelector(`${ORG_QUESTION} button[data-copy="link"]`, { timeout: 20000 });
  assert.equal(
    await page.$$eval('.organisation article.question', (articles) => articles.filter((a) => !a.querySelector('button[data-copy="image"]')).length),
    0,
    'every question has «Kopier bilde»',
  );
  await page.click(`${ORG_QUESTION} button[data-copy="link"]`);
  await page.waitForFunction((q) => document.querySelector(`${q} .copy-note p`)?.textContent.startsWith('Lenken er kopiert'), ORG_QUESTION);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, `${s.server.url}?kommune=1201#q-dig_effekt`);

  // The image: what the page hands web/copy.js is the question's chart with its title, the
  // organisation and the source, and the clipboard gets its PNG at twice the export width.
  await page.waitForFunction(() => window.echarts);
  await page.evaluate(() => {
    // The bundle's exports are getters: the global is replaced by a copy with the wrapper.
    const copyImage = window.echarts.copyImage;
    window.echarts = {
      ...window.echarts,
      copyImage: (button, svg, ...rest) => {
        window.copiedSvg = svg;
        return copyImage(button, svg, ...rest);
      },
    };
  });
  await page.click(`${ORG_QUESTION} button[data-copy="image"]`);
  await page.waitForFunction((q) => document.querySelector(`${q} .copy-note p`)?.textContent.startsWith('Bildet er kopiert'), ORG_QUESTION);
  const svg = await page.evaluate(() => window.copiedSvg);
  const title = await page.$eval(`${ORG_QUESTION} h3`, (h) => h.textContent);
  for (const words of [`>${title}<`, '>Bergen<', '>Kilde: KS']) assert.ok(svg.includes(words), words);
  assert.equal(pngSize(await clipboardPng(page))[0], 1920);
  assert.deepEqual(problems, clean);
  await close();
  // The link opens the organisation page at the question.
  await opensAt(link, ORG_QUESTION);
});

test('sammenligningssiden: bildet (fra arbeideren) og lenken kopieres; nektet lastes bildet ned', async () => {
  const CMP_QUESTION = 'article#q-dig_prioritet';
  const query = 'kommuner=1201,0105&fylkeskommuner=12';
  const { page, problems, close } = await s.open(query, {
    permissions: ['clipboard-read', 'clipboard-write'],
    viewport: { width: 1280, height: 800 },
  });
  await page.waitForSelector(`${CMP_QUESTION} button[data-copy="link"]`, { timeout: 20000 });
  await page.click(`${CMP_QUESTION} button[data-copy="link"]`);
  await page.waitForFunction((q) => document.querySelector(`${q} .copy-note p`)?.textContent.startsWith('Lenken er kopiert'), CMP_QUESTION);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, `${s.server.url}${await page.evaluate(() => location.search)}#q-dig_prioritet`);
  assert.ok(link.includes('kommuner=1201'), link);

  await page.click(`${CMP_QUESTION} button[data-copy="image"]`);
  await page.waitForFunction((q) => document.querySelector(`${q} .copy-note p`)?.textContent.startsWith('Bildet er kopiert'), CMP_QUESTION);
  const copied = await clipboardPng(page);
  // The same drawing as the question's PNG download.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`${CMP_QUESTION} button:text("Last ned bilde (PNG)")`)]);
  assert.deepEqual(pngSize(copied), pngSize(fs.readFileSync(await download.path())));
  assert.deepEqual(problems, clean);
  await close();
  // The link opens the comparison at the question.
  await opensAt(link, CMP_QUESTION);

  // Refused: the PNG is downloaded, named as the question's PNG download is.
  const refused = await openRefused(query, { viewport: { width: 1280, height: 800 } });
  const [fallback] = await Promise.all([refused.page.waitForEvent('download'), refused.page.click(`${CMP_QUESTION} button[data-copy="image"]`)]);
  assert.equal(fallback.suggestedFilename(), 'arbeidsgivermonitoren-2017-sammenligning-dig_prioritet.png');
  await refused.page.waitForFunction((q) => document.querySelector(`${q} .copy-note p`)?.textContent.includes('lastet ned i stedet'), CMP_QUESTION);
  assert.deepEqual(refused.problems, clean);
  await refused.close();
});
