// The release build loads in Chromium without errors, computes the bundled data in the
// browser, says it is demo data, and works both at the site root and under a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { launch, watch } from './browser.mjs';
import { ready, showEveryTable } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const prefix of ['/', '/statistikk/arbeidsgivermonitoren/']) {
  test(`siden lastes uten feil under ${prefix}`, async () => {
    const server = await startServer({ prefix });
    const page = await browser.newPage();
    const problems = watch(page, server.origin);
    try {
      const response = await page.goto(server.url);
      assert.equal(response.status(), 200);
      await ready(page);
      assert.equal(await page.title(), 'Arbeidsgivermonitoren 2017');
      assert.equal(await page.getAttribute('html', 'lang'), 'nb');
      // Published figures T1 and T2, computed in the browser: 88 % of kommuner, 13 of 14 fylkeskommuner.
      assert.match(await page.textContent('[data-key-figure="ikt_medarbeidere"] .kf-sentence'), /^88\u00a0% av kommunene .* 13 av 14\.$/);
      await showEveryTable(page);
      const ikt = await page.$$eval('table[data-question="komp_med"] tr[data-item="ikt"]:not([data-total])', (rows) =>
        rows.map((tr) => [tr.dataset.group, tr.querySelector('td.headline').textContent]),
      );
      assert.equal(ikt.length, 2);
      assert.equal(ikt[0][0], 'kommune');
      assert.match(ikt[0][1], /^88\u00a0% \(/);
      assert.match(await page.textContent('#q-komp_med .summary'), /fylkeskommuner 13 av 14/);
      assert.match(await page.textContent('.demo-notice'), /^Demodata/);
      assert.equal(await page.locator('.demo-tag').count(), 9, 'every figure and the key figures say demo data');
      assert.deepEqual(problems, { console: [], errors: [], failed: [], foreign: [] });
    } finally {
      await page.close();
      await server.close();
    }
  });
}
