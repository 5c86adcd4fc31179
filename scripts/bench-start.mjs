// Benchmark of the start: loads pages at 4× CPU slowdown in Debian's Chromium (files served as
// a host would, nothing cached) and prints the long tasks (over 50 ms) of the first 5 seconds,
// the longest first. The first long task after the wasm has loaded is the start-up of the app.
//
//   node scripts/bench-start.mjs [DIST] [--runs N]
import { startServer } from '../tests/browser/server.mjs';
import { launch } from '../tests/browser/browser.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const root = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? 'dist';

const browser = await launch();
const server = await startServer({ root });
try {
  for (const [query, width, height] of [['', 1280, 800], ['', 390, 844], ['?kommune=1201', 390, 844]]) {
    const longest = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.__long = [];
        new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(Math.round(e.duration)))).observe({ type: 'longtask', buffered: true });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(server.url + query);
      await page.waitForTimeout(5000);
      const tasks = await page.evaluate(() => window.__long);
      longest.push(Math.max(0, ...tasks));
      if (run === 0) console.log(`${query || '/'} ${width}px: long tasks ${JSON.stringify(tasks)}`);
      await context.close();
    }
    console.log(`${query || '/'} ${width}px: longest task per run ${longest.join(', ')} ms`);
  }
} finally {
  await browser.close();
  await server.close();
}
