// Trunk's post-build hook (also usable on any built directory: `node scripts/post-build.mjs DIR`).
// 1. ECharts' script tag becomes a prefetch link the app loads from on first need.
//    Content-Security-Policy: hashes the inline module script Trunk writes into index.html and
//    puts the policy in a <meta> tag (docs/SECURITY.md has the header form for the host).
// 2. Service worker: writes sw.js from web/sw.js with the list of every file of the build
//    (hashed names included), a version derived from their contents and the page's SHA-256.
// 0. Minifies wasm-bindgen's glue module, and gives the map geometry (kart.svg, copied by
//    Trunk as it is), the map worker's files and the page's map script (map-view.js) names with
//    their content hash, named in the page by <meta name="agm-kart">, <meta
//    name="agm-kart-worker"> and <meta name="agm-kart-view">, and the import worker's (issue 13)
//    by <meta name="agm-import-worker"> and its workbook reader's by <meta
//    name="agm-xlsx-reader">: all fetched on first need.
// 3. Precompression: writes FILE.br (brotli, quality 11) and FILE.gz (gzip made by Zopfli, which
//    any gzip decoder reads and which is some 5 % smaller than zlib's level 9) beside every text
//    and wasm file, for hosts that serve precompressed files (docs/SECURITY.md). They are not
//    part of the file list: a browser asks for FILE and the host picks the encoding.
import { createHash } from 'node:crypto';
import { readFile, readdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { minify } from 'terser';
import { fileURLToPath } from 'node:url';

/// Files a host should send compressed (PNG is compressed already).
export const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|svg|json|webmanifest)$/;
/// Precompressed siblings, never listed as files of the build.
export const PRECOMPRESSED = /\.(br|gz)$/;

export async function gzip(bytes) {
  return Buffer.from(await gzipAsync(bytes, { numiterations: 15 }));
}

export function brotli(bytes) {
  return zlib.brotliCompressSync(bytes, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/// The policy for a page whose inline scripts hash to `scriptHashes` (without frame-ancestors,
/// which only a response header can carry).
export function contentSecurityPolicy(scriptHashes) {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.map((h) => `'sha256-${h}'`).join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function inlineScriptHashes(html) {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) =>
    createHash('sha256').update(m[1], 'utf8').digest('base64'),
  );
}

async function writePolicy(dir) {
  const file = path.join(dir, 'index.html');
  let html = await readFile(file, 'utf8');
  // ECharts is fetched early at low priority but run only when the first chart is drawn
  // (src/app/echarts.rs): its evaluation is the longest task of the start otherwise.
  html = html.replace(
    /<script src="(\.\/echarts\.min-[0-9a-f]+\.js)" defer integrity="([^"]+)"><\/script>/,
    '<link rel="prefetch" href="$1" as="script" id="echarts-src" data-integrity="$2">',
  );
  html = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  const policy = contentSecurityPolicy(inlineScriptHashes(html));
  html = html.replace(/<meta charset="utf-8">/, (m) => `${m}\n  <meta http-equiv="Content-Security-Policy" content="${policy}">`);
  await writeFile(file, html);
}

async function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const name = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(dir, name)));
    else if (name !== 'sw.js' && !PRECOMPRESSED.test(name)) out.push(name);
  }
  return out.sort();
}

/// What needs a file of the build (issue 23), which decides when the service worker caches it:
/// `core` (every page: precached), `nb`, `nn`, `en` (a language's page build and map worker:
/// precached for the languages of the open pages), or `onUse` (the import code of «Åpne egne
/// data», its worker in every language, the workbook reader and the dialog's script: cached when
/// first fetched, docs/PERFORMANCE.md says why).
export function precacheGroup(file) {
  if (/^(import-worker|xlsx-reader|own-data-view)[-_]/.test(file)) return 'onUse';
  const language = file.match(/^(?:arbeidsgivermonitor|map-worker)-(nn|en)[-_]/);
  if (language) return language[1];
  if (/^arbeidsgivermonitor-[0-9a-f]+(\.js|_bg\.wasm)$/.test(file) || /^map-worker[-_]/.test(file)) return 'nb';
  return 'core';
}

export async function writeServiceWorker(dir) {
  const files = await listFiles(dir);
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(await readFile(path.join(dir, file)));
  const version = hash.digest('hex').slice(0, 16);
  // The page itself is cached under the scope's URL ('./'), whatever its query. Every file's
  // integrity lets an install refuse a file of another build or a truncated copy (the page's
  // as SHA-256, which a test can compute; the others as SHA-384, as the page's elements do).
  const groups = { core: [], nb: [], nn: [], en: [], onUse: [] };
  const integrity = {};
  for (const file of files) {
    const bytes = await readFile(path.join(dir, file));
    const url = file === 'index.html' ? './' : `./${file}`;
    groups[precacheGroup(file)].push(url);
    integrity[url] = file === 'index.html' ? `sha256-${createHash('sha256').update(bytes).digest('base64')}` : `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  }
  for (const language of ['nn', 'en']) if (!groups[language].length) delete groups[language];
  const template = await readFile(path.join(root, 'web/sw.js'), 'utf8');
  const sw = template
    .replace("'__VERSION__'", JSON.stringify(version))
    .replace('__GROUPS__', JSON.stringify(groups))
    .replace('__INTEGRITY__', JSON.stringify(integrity))
    .replace('__PAGE_LANGUAGE__', pageLanguage.toString());
  // Minified: it is fetched on every visit's update check and counts in the first load.
  const { code } = await minify(sw, { ecma: 2020, compress: { passes: 2 }, mangle: true });
  await writeFile(path.join(dir, 'sw.js'), code);
  return { version, groups, pageIntegrity: integrity['./'] };
}

/// Minifies wasm-bindgen's glue module (Trunk leaves it as written): about 2 KB less brotli.
/// Its hashed name stays; nothing checks its integrity (`data-integrity="none"`).
async function minifyGlue(dir) {
  for (const file of await readdir(dir)) {
    if (!/^arbeidsgivermonitor-([0-9a-f]+|nn|en)\.js$/.test(file)) continue;
    const source = await readFile(path.join(dir, file), 'utf8');
    const { code } = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
    await writeFile(path.join(dir, file), code);
  }
}

/// Minifies the page's own scripts that Trunk copies as written (`web/pwa.js`, `web/embed.js`;
/// `data-no-minify` there, as Trunk's minifier is not terser) and writes their new integrity
/// hashes into the page: about 0.6 KB gzip off the first load. Their hashed names stay.
async function minifyPageScripts(dir) {
  const page = path.join(dir, 'index.html');
  let html = await readFile(page, 'utf8');
  for (const file of await readdir(dir)) {
    if (!/^(pwa|embed)-[0-9a-f]+\.js$/.test(file)) continue;
    const source = await readFile(path.join(dir, file), 'utf8');
    const { code } = await minify(source, { ecma: 2020, compress: { passes: 2 }, mangle: true });
    await writeFile(path.join(dir, file), code);
    const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
    const tag = new RegExp(`(<script src="\\./${file.replace('.', '\\.')}"[^>]* integrity=")[^"]+(")`);
    if (!tag.test(html)) throw new Error(`post-build: no script element with integrity for ${file} in index.html`);
    html = html.replace(tag, `$1${integrity}$2`);
  }
  await writeFile(page, html);
}

/// `NAME.EXT` → `NAME-<hash>.EXT` (its content hash), so that no cache can serve an old file
/// under a new build's name. Its bytes and new name, or null when the build has no such file.
async function hashName(dir, name) {
  const bytes = await readFile(path.join(dir, name)).catch(() => null);
  if (!bytes) return null;
  const dot = name.indexOf('.');
  const renamed = `${name.slice(0, dot)}-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}${name.slice(dot)}`;
  await rename(path.join(dir, name), path.join(dir, renamed));
  return { bytes, name: renamed };
}

/// Names a file of the build in the page: `<meta name="NAME" content="./FILE" …>`.
async function nameInPage(dir, meta, file, extra = '') {
  const page = path.join(dir, 'index.html');
  const html = await readFile(page, 'utf8');
  await writeFile(page, html.replace(/<meta charset="utf-8">/, (m) => `${m}\n  <meta name="${meta}" content="./${file}"${extra}>`));
}

/// The map geometry (`kart.svg`, copied by Trunk): `kart-<hash>.svg`, named in the page by
/// <meta name="agm-kart"> for the map worker (web/map-view.js sends it). Not fetched with the page.
export async function hashMap(dir) {
  const hashed = await hashName(dir, 'kart.svg');
  if (hashed) await nameInPage(dir, 'agm-kart', hashed.name);
  return hashed?.name ?? null;
}

/// A worker Trunk builds without hashes (`BIN.js`, `BIN_bg.wasm`, and the loader
/// `BIN_loader.js` that imports them): the map worker, the import worker and its workbook reader. Each file gets its
/// content hash in its name, the loader names the hashed files, and the page names the loader in
/// <meta name="META"> (web/map-view.js, web/own-data-view.js and the import worker start them). A new build's
/// worker can then never meet an old page.
export async function hashWorker(dir, bin = 'map-worker', meta = 'agm-kart-worker') {
  const glue = await hashName(dir, `${bin}.js`);
  const wasm = await hashName(dir, `${bin}_bg.wasm`);
  if (!glue || !wasm) return null;
  // Messages that come before the wasm has started (it sets its own handler) are kept and
  // handed to it once it has.
  const loader =
    `importScripts("./${glue.name}");var q=[];self.onmessage=function(e){q.push(e)};` +
    `wasm_bindgen({module_or_path:"./${wasm.name}"}).then(function(){q.forEach(function(e){self.onmessage(e)})});`;
  await writeFile(path.join(dir, `${bin}_loader.js`), loader);
  const { name } = await hashName(dir, `${bin}_loader.js`);
  await nameInPage(dir, meta, name);
  return name;
}

/// The language rule (issue 22), the app's too (src/state/page_options.rs, LANGUAGE_RULE): the
/// page's language is the one the last `lang` parameter names whose value, decoded as
/// URLSearchParams decodes it and stripped of ASCII whitespace, is nb, nn or en; bokmål when
/// none does. Its source is written into the page's loader as it stands here;
/// tests/lang_rule_cases.json holds the cases both sides must agree on.
export function pageLanguage(search) {
  const codes = ['nb', 'nn', 'en'];
  const named = new URLSearchParams(search)
    .getAll('lang')
    .map((value) => value.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, ''))
    .filter((value) => codes.includes(value));
  return named.length ? named[named.length - 1] : 'nb';
}

/// The page in nynorsk and English (issue 14): Trunk builds them beside bokmål's as
/// `arbeidsgivermonitor-nn.js` / `_bg.wasm` (and `-en`), without hashes, and starts only
/// bokmål's. Each file gets its content hash in its name, and the page's inline loader starts
/// the build that `lang=` names by `pageLanguage` (bokmål for any other value; the page notes an
/// unknown one; a name such as `constructor` is never looked up on the object's prototype),
/// fetching its wasm while the glue loads. Bokmål's preload links go: a nynorsk or English
/// reader would fetch bokmål's files for nothing.
export async function languageLoader(dir) {
  const page = path.join(dir, 'index.html');
  let html = await readFile(page, 'utf8');
  const loader = /<script type="module">\s*import init, \* as bindings from '\.\/(arbeidsgivermonitor-[0-9a-f]+\.js)';\s*const wasm = await init\(\{ module_or_path: '\.\/(arbeidsgivermonitor-[0-9a-f]+_bg\.wasm)' \}\);[\s\S]*?<\/script>/;
  const found = html.match(loader);
  if (!found) throw new Error("post-build: Trunk's loader for the page is not in index.html");
  const builds = { nb: [`./${found[1]}`, `./${found[2]}`] };
  for (const lang of ['nn', 'en']) {
    const glue = await hashName(dir, `arbeidsgivermonitor-${lang}.js`);
    const wasm = await hashName(dir, `arbeidsgivermonitor-${lang}_bg.wasm`);
    if (glue && wasm) builds[lang] = [`./${glue.name}`, `./${wasm.name}`];
  }
  const script =
    `<script type="module">\n` +
    `const builds = ${JSON.stringify(builds)};\n` +
    `${pageLanguage.toString()}\n` +
    `const lang = pageLanguage(location.search);\n` +
    // The build of the page's language, or, should it not load (offline, never cached), the first
    // other that does: the page then says that its language could not be had (issue 23).
    `const order = [lang, 'nb', 'nn', 'en'].filter((l, i, all) => Object.prototype.hasOwnProperty.call(builds, l) && all.indexOf(l) === i);\n` +
    `let bindings, started;\n` +
    `for (const l of order) {\n` +
    `  const [glue, wasm] = builds[l];\n` +
    `  const response = fetch(wasm);\n` +
    `  response.catch(() => {});\n` +
    `  try {\n` +
    `    bindings = await import(glue);\n` +
    `    started = await bindings.default({ module_or_path: response });\n` +
    `    break;\n` +
    `  } catch (error) {\n` +
    `    if (l === order[order.length - 1]) throw error;\n` +
    `  }\n` +
    `}\n` +
    `window.wasmBindings = bindings;\n` +
    `dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm: started } }));\n` +
    `</script>`;
  html = html.replace(loader, script);
  html = html.replace(/<link rel="modulepreload" href="\.\/arbeidsgivermonitor-[0-9a-f]+\.js"[^>]*>/, '');
  html = html.replace(/<link rel="preload" href="\.\/arbeidsgivermonitor-[0-9a-f]+_bg\.wasm"[^>]*>/, '');
  await writeFile(page, html);
  return builds;
}

/// A script the page loads on first need (bundled by scripts/build-map.mjs, copied by Trunk):
/// `NAME-<hash>.js`, named in the page by <meta name="META"> with its integrity hash, which the
/// page's script element carries when it loads it — the maps' `map-view.js` (agm-kart-view,
/// src/app/map_glue.rs) and «Åpne egne data»'s `own-data-view.js` (agm-egne-data-view,
/// src/app/own_data.rs).
export async function hashPageScript(dir, name = 'map-view.js', meta = 'agm-kart-view') {
  const hashed = await hashName(dir, name);
  if (!hashed) return null;
  const integrity = `sha384-${createHash('sha384').update(hashed.bytes).digest('base64')}`;
  await nameInPage(dir, meta, hashed.name, ` data-integrity="${integrity}"`);
  return hashed.name;
}

export async function writePrecompressed(dir) {
  for (const file of [...(await listFiles(dir)), 'sw.js']) {
    if (!COMPRESSIBLE.test(file)) continue;
    const bytes = await readFile(path.join(dir, file));
    await writeFile(path.join(dir, `${file}.gz`), await gzip(bytes));
    await writeFile(path.join(dir, `${file}.br`), brotli(bytes));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('usage: node scripts/post-build.mjs DIR (or as a Trunk hook)');
  await minifyGlue(dir);
  await minifyPageScripts(dir);
  await languageLoader(dir);
  await hashMap(dir);
  await hashWorker(dir);
  await hashWorker(dir, 'import-worker', 'agm-import-worker');
  await hashWorker(dir, 'xlsx-reader', 'agm-xlsx-reader');
  // The workers that speak, in nynorsk and English (issue 14): web/map-view.js and
  // web/own-data-view.js take the page's language's.
  for (const lang of ['nn', 'en']) {
    await hashWorker(dir, `map-worker-${lang}`, `agm-kart-worker-${lang}`);
    await hashWorker(dir, `import-worker-${lang}`, `agm-import-worker-${lang}`);
  }
  await hashPageScript(dir);
  await hashPageScript(dir, 'own-data-view.js', 'agm-egne-data-view');
  await writePolicy(dir);
  await writeServiceWorker(dir);
  await writePrecompressed(dir);
}
