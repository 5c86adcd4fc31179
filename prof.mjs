import { startServer } from './tests/browser/server.mjs';
import { launch } from './tests/browser/browser.mjs';
const browser = await launch(); const server = await startServer({ root: '/tmp/dbg-dist' });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.goto(server.url); await page.waitForSelector('article#q-dig_effekt', { state: 'attached' }); await page.waitForTimeout(1500);
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const boxes = [await page.getByRole('checkbox', { name: 'Vestlandet' }).elementHandle(), await page.getByRole('radio', { name: 'Fylke', exact: true }).elementHandle(), await page.getByRole('radio', { name: 'Type', exact: true }).elementHandle()];
await cdp.send('Profiler.start');
for (let i = 0; i < 2; i++) for (const b of boxes) { await b.click(); await page.waitForTimeout(600); }
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map(n => [n.id, n]));
// inclusive time per function: walk parents
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const incl = {}; const self = {};
profile.samples.forEach((id, i) => { const d = profile.timeDeltas[i] || 0; const seen = new Set(); let cur = id; const f0 = byId.get(id).callFrame; self[f0.functionName] = (self[f0.functionName]||0)+d; while (cur) { const f = byId.get(cur).callFrame; const k = f.functionName || '(anon)'; if (!seen.has(k)) { incl[k] = (incl[k] || 0) + d; seen.add(k); } cur = parent.get(cur); } });
const clean = (k) => k.replace(/::h[0-9a-f]{16}/, '').slice(0, 140);
console.log('SELF'); for (const [k, v] of Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1000).toFixed(1).padStart(7), clean(k));
console.log('INCL (arbeidsgivermonitor)'); for (const [k, v] of Object.entries(incl).filter(([k]) => k.includes('arbeidsgivermonitor') || k.includes('PageModel')).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1000).toFixed(1).padStart(7), clean(k));
await browser.close(); await server.close();
