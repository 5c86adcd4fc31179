// Minifies the stylesheet (style/main.css, written for people, with its comments) into
// build/main.css, which the page links (index.html). Trunk copies CSS as it is; esbuild's CSS
// minifier drops the comments and the white space and shortens what is safe to shorten
// (about 1.3 KB gzip of the first load). Runs as Trunk's pre-build hook.
import { transform } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';

const source = await readFile('style/main.css', 'utf8');
// No target: the rules are kept as written (no lowering for older browsers).
const { code, warnings } = await transform(source, { loader: 'css', minify: true, sourcefile: 'style/main.css' });
if (warnings.length > 0) {
  // A warning is a rule the browser would misread too: fail the build rather than ship it.
  for (const w of warnings) console.error(`style/main.css:${w.location?.line}: ${w.text}`);
  process.exit(1);
}
await mkdir('build', { recursive: true });
// Written only when it changed, so that `trunk serve` does not see a change after every build.
const previous = await readFile('build/main.css', 'utf8').catch(() => null);
if (previous !== code) await writeFile('build/main.css', code);
