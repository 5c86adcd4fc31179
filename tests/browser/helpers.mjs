// Shared helpers for the explorer's browser tests.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { startServer } from './server.mjs';
import { launch, watch } from './browser.mjs';

/// One Chromium and one server of dist/ for a test file. `open(query, options)` loads the page
/// with `?query` in a fresh context and records its problems (see browser.mjs `watch`).
export function session({ root = 'dist' } = {}) {
  const s = { browser: null, server: null };
  before(async () => {
    s.browser = await launch();
    s.server = await startServer({ root });
  });
  after(async () => {
    await s.browser?.close();
    await s.server?.close();
    // Every page of the file ran under the CSP header: no violation may have been reported.
    assert.deepEqual(s.server?.cspReports ?? [], [], 'CSP violation reports');
  });
  s.open = async (query = '', options = {}) => {
    const context = await s.browser.newContext({ acceptDownloads: true, ...options });
    const page = await context.newPage();
    const problems = watch(page, s.server.origin);
    await page.goto(s.server.url + (query ? `?${query}` : ''));
    return { page, problems, close: () => context.close() };
  };
  /// `open`, then waits until the page has rendered (see `ready`).
  s.openReady = async (query = '', options = {}) => {
    const opened = await s.open(query, options);
    await ready(opened.page);
    return opened;
  };
  return s;
}

/// The page's query string, without `?`.
export const currentQuery = (page) => page.evaluate(() => location.search.replace(/^\?/, ''));

/// What `watch` reports for a page without problems.
export const clean = { console: [], errors: [], failed: [], foreign: [] };

/// What the core computes for a URL query (src/bin/expected_view.rs).
export function expected(query) {
  return JSON.parse(execFileSync('target/debug/expected-view', [query], { encoding: 'utf8' }));
}

/// Shows every question as a table («Vis alle som tabeller») or as a chart.
export async function setAllTables(page, on) {
  const button = page.locator('button.all-tables');
  if ((await button.count()) === 0) return; // an organisation page shows both
  if ((await button.getAttribute('aria-pressed')) !== String(on)) await button.click();
  await page.waitForFunction((on) => document.querySelector('button.all-tables').getAttribute('aria-pressed') === String(on), on);
}

/// Charts and tables are brought up to date only near the viewport: brings every question near
/// once and waits until none is stale.
export async function visitEveryQuestion(page) {
  const articles = page.locator('article.question');
  const count = await articles.count();
  for (let i = 0; i < count; i++) {
    await articles.nth(i).scrollIntoViewIfNeeded();
    await page.waitForFunction((i) => !document.querySelectorAll('article.question')[i].hasAttribute('data-stale'), i);
  }
  await page.waitForFunction(() => document.querySelectorAll('article.question[data-stale]').length === 0);
}

/// Every question's table shown and up to date (the test contract: a test can ask for them all).
export async function showEveryTable(page) {
  await setAllTables(page, true);
  await visitEveryQuestion(page);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('article.question')].every((a) => a.querySelector('table[data-question]')),
  );
}

/// Every data table on the page, by the test contract, as { qid: [{ item, group, n, counts }] }.
export async function readTables(page) {
  await showEveryTable(page);
  return page.$$eval('table[data-question]', (tables) =>
    Object.fromEntries(
      tables.map((table) => [
        table.dataset.question,
        [...table.querySelectorAll('tbody tr[data-item]:not([data-total])')].map((tr) => {
          const cells = [...tr.querySelectorAll('td[data-code]')];
          const suppressed = cells.some((td) => td.dataset.count === ':');
          return {
            item: tr.dataset.item,
            group: tr.dataset.group ?? null,
            differs: tr.dataset.differs ?? null,
            headline: (({ share, lower, upper }) => (share === undefined ? null : [share, lower, upper]))(tr.querySelector('td.headline').dataset),
            n: Number(cells[0].dataset.n),
            counts: suppressed ? null : Object.fromEntries(cells.map((td) => [td.dataset.code, Number(td.dataset.count)])),
          };
        }),
      ]),
    ),
  );
}

/// The expected tables in the same shape.
export function expectedTables(query) {
  const e = expected(query);
  return Object.fromEntries(Object.entries(e.questions).map(([qid, q]) => [qid, q.rows]));
}

/// Waits until the page has rendered every question and the charts in view.
export async function ready(page) {
  await page.waitForSelector('article#q-dig_effekt', { state: 'attached', timeout: 20000 });
  await chartsInViewDrawn(page);
}

/// Charts are drawn when they come near the viewport: waits until those in view are.
export async function chartsInViewDrawn(page) {
  await page.waitForFunction(() => {
    const charts = [...document.querySelectorAll('.chart')];
    const inView = charts.filter((c) => c.offsetParent && c.getBoundingClientRect().top < innerHeight);
    return document.querySelector('.empty') || (charts.length > 0 && inView.every((c) => c.querySelector('svg')));
  });
}

/// Scrolls every visible chart into view, so that each is drawn (charts are created when they
/// come near the viewport), and waits until they are.
export async function drawAllCharts(page) {
  await setAllTables(page, false);
  await visitEveryQuestion(page);
  const charts = page.locator('.chart');
  const count = await charts.count();
  for (let i = 0; i < count; i++) {
    if (await charts.nth(i).isVisible()) await charts.nth(i).scrollIntoViewIfNeeded();
  }
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.chart')].every((div) => div.offsetParent === null || window.echarts?.getInstanceByDom(div)),
  );
}

/// The numbers each chart draws, read from its live ECharts instance: { qid: [[value per row] per series] }.
export async function readCharts(page) {
  await drawAllCharts(page);
  return page.$$eval('article.question', (articles) =>
    Object.fromEntries(
      articles
        .map((article) => {
          const div = article.querySelector('.chart');
          const chart = div && window.echarts?.getInstanceByDom(div);
          if (!chart) return null;
          const qid = article.id.replace(/^q-/, '');
          return [qid, chart.getOption().series.map((s) => s.data.map((d) => (d.value === '-' ? null : d.value)))];
        })
        .filter(Boolean),
    ),
  );
}

export const axeSource = fs.readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/// axe-core's WCAG 2.1 A/AA violations on the page, injected by the test (not by the page).
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/// How far the page scrolls sideways, in px (0 when it fits the viewport).
export async function sidewaysOverflow(page) {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
}
