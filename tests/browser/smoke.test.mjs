// The release build loads in Chromium without errors, shows the bundled data computed in
// the browser, says it is demo data, and works both at the root and under a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { launch, watch } from './browser.mjs';

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
      await page.waitForSelector('table.overview tbody tr', { timeout: 15000 });

      assert.equal(await page.title(), 'Arbeidsgivermonitoren 2017');
      assert.equal(await page.getAttribute('html', 'lang'), 'nb');
      const rows = await page.$$eval('table.overview tbody tr[data-column]', (trs) =>
        trs.map((tr) => [tr.dataset.column, ...[...tr.cells].map((c) => c.textContent)]),
      );
      assert.equal(rows.length, 24);
      const ikt = rows.find((r) => r[0] === 'komp_med.ikt');
      // Published: 88 % of kommuner, 13 of 14 fylkeskommuner (calibration targets T1, T2).
      assert.match(ikt[3], /^88\u00a0% \(/);
      assert.equal(ikt[4], '13 av 14');
      assert.equal(rows.find((r) => r[0] === 'dig_effekt.kvalitet')[4], '7 av 14');
      assert.match(await page.textContent('.demo-notice'), /^Demodata/);

      assert.deepEqual(problems, { console: [], errors: [], failed: [], foreign: [] });
    } finally {
      await page.close();
      await server.close();
    }
  });
}
