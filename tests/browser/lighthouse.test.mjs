// Lighthouse 12.2.3 (npm) against Debian's Chromium, mobile preset (its default), on the
// release build: Accessibility and Best Practices must be 100. Performance depends on the
// machine; it is printed and recorded in docs/PERFORMANCE.md (median of three runs with
// scripts/bench-lighthouse.mjs), not tested.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from './server.mjs';

test('Lighthouse: tilgjengelighet og beste praksis 100', async () => {
  const server = await startServer();
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    const scores = {};
    for (const query of ['', '?kommune=1201', '?type=kommune&split=fylke']) {
      const { lhr } = await lighthouse(`${server.url}${query}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      const score = (id) => Math.round(lhr.categories[id].score * 100);
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
        .filter((a) => lhr.categories.accessibility.auditRefs.concat(lhr.categories['best-practices'].auditRefs).some((r) => r.id === a.id && r.weight > 0))
        .map((a) => `${a.id}: ${a.title}`);
      scores[query || '/'] = { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), failing };
    }
    console.log(JSON.stringify(scores, null, 2));
    for (const [page, s] of Object.entries(scores)) {
      assert.equal(s.accessibility, 100, `${page}: ${s.failing.join('; ')}`);
      assert.equal(s.bestPractices, 100, `${page}: ${s.failing.join('; ')}`);
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
});
