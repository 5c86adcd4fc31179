// Screenshots of the built page for looking at it: `node scripts/screenshot.mjs WIDTH light|dark [?QUERY] [HEIGHT]`
// writes /tmp/shot-WIDTH-SCHEME.png (viewport) and /tmp/shot-WIDTH-SCHEME-section.png (first theme),
// and prints any console errors, failed or foreign requests. Run `trunk build --release` first.
import { startServer } from '../tests/browser/server.mjs';
import { launch, watch } from '../tests/browser/browser.mjs';
const server = await startServer({ root: 'dist' });
const browser = await launch();
const [w, scheme, query, h] = process.argv.slice(2);
const page = await browser.newPage({ viewport: { width: +w, height: +(h ?? 1000) }, colorScheme: scheme });
const problems = watch(page, server.origin);
await page.goto(server.url + (query ?? ''));
await page.waitForSelector('article.question', { state: 'attached' });
await page.waitForTimeout(300);
await page.screenshot({ path: `/tmp/shot-${w}-${scheme}.png`, fullPage: false });
const el = await page.$('#kompetansebehov, .organisation .question');
if (el) await el.screenshot({ path: `/tmp/shot-${w}-${scheme}-section.png` });
await page.screenshot({ path: `/tmp/shot-${w}-${scheme}-full.png`, fullPage: true });
console.log(JSON.stringify(problems));
await browser.close(); await server.close();
