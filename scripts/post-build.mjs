// Trunk's post-build hook (also usable on a freshly built directory: `node scripts/post-build.mjs
// DIR`): one pipeline over the page (index.html) in memory. Each step below rewrites the page
// through `Page.rewrite`, which fails the build, naming the step, when its pattern is not found
// (Trunk's output may change); the steps run in this order:
//
//  1. minify glue        — wasm-bindgen's glue modules, minified with terser;
//  2. minify scripts     — web/pwa.js and web/embed.js minified, their integrity in the page;
//  3. language loader    — the nynorsk and English page builds hashed, and Trunk's loader
//                          replaced by one that starts the build `lang=` names (issue 14, 22, 23);
//  4. hash files         — the map file, the workers (their loaders name the hashed glue and
//                          wasm) and the page's on-demand scripts get their content hash in
//                          their names, and each is named in the manifest;
//  5. manifest           — one `<meta name="agm-files">` whose content is a JSON object naming
//                          those files (web/page-meta.js and src/app/browser.rs read it; its
//                          form is documented in web/page-meta.js);
//  6. ECharts prefetch   — ECharts' script element becomes a prefetch link the app loads from
//                          on first need;
//  7. policy             — the Content-Security-Policy with the inline scripts' hashes, as a
//                          <meta> (docs/SECURITY.md has the header form for the host);
//  8. service worker     — sw.js from web/sw.js: the files by what needs them, their integrity,
//                          a version from their contents (issue 23);
//  9. precompression     — FILE.br (brotli 11) and FILE.gz (Zopfli) beside every text and wasm
//                          file, for hosts that serve precompressed files; not in the file list.
//                          Kept by content in target/precompressed/ for the next build (which
//                          removes what it did not use).
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
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

/// The page while the steps rewrite it, and the files they name for its manifest.
export class Page {
  constructor(html) {
    this.html = html;
    this.files = {};
  }

  /// Replaces the one match of `pattern` (a RegExp without `g`) in step `step`; `what` says
  /// what the pattern stands for. A pattern not found fails the build.
  rewrite(step, what, pattern, replacement) {
    if (!pattern.test(this.html)) throw new Error(`post-build, step «${step}»: ${what} is not in index.html (has Trunk's output changed?)`);
    this.html = this.html.replace(pattern, replacement);
  }
}

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

/// 6. ECharts is fetched early at low priority but run only when the first chart is drawn
/// (src/app/echarts.rs): its evaluation is the longest task of the start otherwise.
function echartsPrefetch(page) {
  page.rewrite(
    'ECharts prefetch',
    "ECharts' script element",
    /<script src="(\.\/echarts\.min-[0-9a-f]+\.js)" defer integrity="([^"]+)"><\/script>/,
    '<link rel="prefetch" href="$1" as="script" id="echarts-src" data-integrity="$2">',
  );
}

/// 7. The policy, with the hashes of the page's inline scripts as they now are.
function writePolicy(page) {
  page.html = page.html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  const policy = contentSecurityPolicy(inlineScriptHashes(page.html));
  page.rewrite('policy', '<meta charset="utf-8">', /<meta charset="utf-8">/, (m) => `${m}\n  <meta http-equiv="Content-Security-Policy" content="${policy}">`);
}

/// 5. The manifest: the files the steps named, as one JSON object in `<meta name="agm-files">`.
function writeManifest(page) {
  const json = JSON.stringify(page.files).replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  page.rewrite('manifest', '<meta charset="utf-8">', /<meta charset="utf-8">/, (m) => `${m}\n  <meta name="agm-files" content="${json}">`);
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
async function minifyPageScripts(dir, page) {
  for (const file of await readdir(dir)) {
    if (!/^(pwa|embed)-[0-9a-f]+\.js$/.test(file)) continue;
    const source = await readFile(path.join(dir, file), 'utf8');
    const { code } = await minify(source, { ecma: 2020, compress: { passes: 2 }, mangle: true });
    await writeFile(path.join(dir, file), code);
    const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
    const tag = new RegExp(`(<script src="\\./${file.replace('.', '\\.')}"[^>]* integrity=")[^"]+(")`);
    page.rewrite('minify scripts', `the script element of ${file} with its integrity`, tag, `$1${integrity}$2`);
  }
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

/// The map geometry (`kart.svg`, copied by Trunk): `kart-<hash>.svg`, named `kart` in the
/// manifest for the map worker (web/map-view.js sends it). Not fetched with the page.
export async function hashMap(dir, page) {
  const hashed = await hashName(dir, 'kart.svg');
  if (!hashed) throw new Error('post-build, step «hash files»: the build has no kart.svg');
  page.files.kart = `./${hashed.name}`;
  return hashed.name;
}

/// A worker Trunk builds without hashes (`BIN.js`, `BIN_bg.wasm`, and the loader
/// `BIN_loader.js` that imports them): the map worker, the import worker and its workbook
/// reader. Each file gets its content hash in its name, the loader names the hashed files, and
/// the manifest names the loader (web/map-view.js, web/own-data-view.js and the import worker
/// start them). A new build's worker can then never meet an old page. Null when the build has
/// no such worker (the hostile-label build has only bokmål's map worker).
export async function hashWorker(dir, bin) {
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
  return `./${name}`;
}

/// The workers of step 4, named in the manifest: the map and import workers per language
/// (`{nb, nn, en}`), and the workbook reader.
async function hashWorkers(dir, page) {
  for (const [key, bin] of [
    ['kart-worker', 'map-worker'],
    ['import-worker', 'import-worker'],
  ]) {
    const languages = {};
    for (const [language, suffix] of [
      ['nb', ''],
      ['nn', '-nn'],
      ['en', '-en'],
    ]) {
      const loader = await hashWorker(dir, `${bin}${suffix}`);
      if (loader) languages[language] = loader;
    }
    if (Object.keys(languages).length) page.files[key] = languages;
  }
  if (!page.files['kart-worker']?.nb) throw new Error('post-build, step «hash files»: the build has no map worker');
  const reader = await hashWorker(dir, 'xlsx-reader');
  if (reader) page.files['xlsx-reader'] = reader;
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
export async function languageLoader(dir, page) {
  const loader = /<script type="module">\s*import init, \* as bindings from '\.\/(arbeidsgivermonitor-[0-9a-f]+\.js)';\s*const wasm = await init\(\{ module_or_path: '\.\/(arbeidsgivermonitor-[0-9a-f]+_bg\.wasm)' \}\);[\s\S]*?<\/script>/;
  const found = page.html.match(loader);
  if (!found) throw new Error("post-build, step «language loader»: Trunk's loader for the page is not in index.html (has Trunk's output changed?)");
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
  page.rewrite('language loader', "Trunk's loader", loader, script);
  page.rewrite('language loader', "the preload of bokmål's glue", /<link rel="modulepreload" href="\.\/arbeidsgivermonitor-[0-9a-f]+\.js"[^>]*>/, '');
  page.rewrite('language loader', "the preload of bokmål's wasm", /<link rel="preload" href="\.\/arbeidsgivermonitor-[0-9a-f]+_bg\.wasm"[^>]*>/, '');
  return builds;
}

/// A script the page loads on first need (bundled by scripts/build-map.mjs, copied by Trunk):
/// `NAME-<hash>.js`, named in the manifest with its integrity hash, which the page's script
/// element carries when it loads it — the maps' `map-view.js` (`kart-view`,
/// src/app/map_glue.rs) and «Åpne egne data»'s `own-data-view.js` (`egne-data-view`,
/// src/app/own_data.rs).
export async function hashPageScript(dir, page, name, key) {
  const hashed = await hashName(dir, name);
  if (!hashed) throw new Error(`post-build, step «hash files»: the build has no ${name}`);
  const integrity = `sha384-${createHash('sha384').update(hashed.bytes).digest('base64')}`;
  page.files[key] = { file: `./${hashed.name}`, integrity };
  return hashed.name;
}

/// Where compressed copies are kept between builds, by the SHA-256 of what they compress:
/// most files of a build (ECharts, the map, the other languages' code) are the bytes of the
/// last build, and Zopfli and brotli 11 of every file take most of a minute.
export const PRECOMPRESS_CACHE = path.join(root, 'target', 'precompressed');

/// Writes FILE.gz and FILE.br beside every compressible file of `dir` (or only `files`, the ones
/// a caller changed), from the cache where the bytes were compressed before. Returns the cache
/// entries used.
export async function writePrecompressed(dir, files = null) {
  await mkdir(PRECOMPRESS_CACHE, { recursive: true });
  const used = new Set();
  for (const file of files ?? [...(await listFiles(dir)), 'sw.js']) {
    if (!COMPRESSIBLE.test(file)) continue;
    const bytes = await readFile(path.join(dir, file));
    const key = createHash('sha256').update(bytes).digest('hex');
    for (const [suffix, compress] of [['gz', gzip], ['br', brotli]]) {
      const cached = path.join(PRECOMPRESS_CACHE, `${key}.${suffix}`);
      used.add(path.basename(cached));
      let compressed = await readFile(cached).catch(() => null);
      if (!compressed) {
        compressed = await compress(bytes);
        // Written under a temporary name first: a build stopped halfway leaves no short entry.
        await writeFile(`${cached}.${process.pid}`, compressed);
        await rename(`${cached}.${process.pid}`, cached);
      }
      await writeFile(path.join(dir, `${file}.${suffix}`), compressed);
    }
  }
  return used;
}

/// Removes the cache entries a build did not use (the files of builds before it).
async function pruneCache(used) {
  for (const entry of await readdir(PRECOMPRESS_CACHE)) {
    if (!used.has(entry)) await rm(path.join(PRECOMPRESS_CACHE, entry), { force: true });
  }
}

/// The whole pipeline over a freshly built directory, in the order the header lists.
export async function postBuild(dir) {
  const file = path.join(dir, 'index.html');
  const page = new Page(await readFile(file, 'utf8'));
  await minifyGlue(dir);
  await minifyPageScripts(dir, page);
  await languageLoader(dir, page);
  await hashMap(dir, page);
  await hashWorkers(dir, page);
  await hashPageScript(dir, page, 'map-view.js', 'kart-view');
  await hashPageScript(dir, page, 'own-data-view.js', 'egne-data-view');
  writeManifest(page);
  echartsPrefetch(page);
  writePolicy(page);
  await writeFile(file, page.html);
  await writeServiceWorker(dir);
  // The hostile-label build of the test command is served compressed on the fly: it skips this.
  if (process.env.AGM_PRECOMPRESS !== '0') await pruneCache(await writePrecompressed(dir));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('usage: node scripts/post-build.mjs DIR (or as a Trunk hook)');
  await postBuild(dir);
}
