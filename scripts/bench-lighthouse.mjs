// Benchmark: Lighthouse (npm, mobile preset: simulated slow 4G and 4× CPU slowdown) against
// Debian's Chromium on the release build served as a host would (precompressed files, CSP
// header). Prints, per page, the median of N runs of Performance, total blocking time, first
// and largest contentful paint. Not a test: the numbers depend on the machine.
//
//   node scripts/bench-lighthouse.mjs [DIST] [--runs N]
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from '../tests/browser/server.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const root = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? 'dist';
const PAGES = ['', '?kommune=1201', '?type=kommune&split=fylke'];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await startServer({ root });
try {
  for (const query of PAGES) {
    const results = [];
    for (let run = 0; run < runs; run++) {
      // A fresh browser each run: nothing cached, no service worker.
      const chrome = await chromeLauncher.launch({
        chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
      });
      try {
        const { lhr } = await lighthouse(`${server.url}${query}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
        const audit = (id) => lhr.audits[id].numericValue;
        results.push({
          performance: Math.round(lhr.categories.performance.score * 100),
          tbt: Math.round(audit('total-blocking-time')),
          fcp: Math.round(audit('first-contentful-paint')),
          lcp: Math.round(audit('largest-contentful-paint')),
        });
      } finally {
        await chrome.kill();
      }
    }
    const m = (key) => median(results.map((r) => r[key]));
    console.log(
      `${query || '/'}: Performance ${m('performance')} (runs: ${results.map((r) => r.performance).join(', ')}), TBT ${m('tbt')} ms, FCP ${m('fcp')} ms, LCP ${m('lcp')} ms`,
    );
  }
} finally {
  await server.close();
}
