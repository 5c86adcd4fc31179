// Builds the custom ECharts bundle from the npm packages (pinned in package-lock.json): esbuild
// bundles web/echarts-entry.js, terser minifies it (about 6 KB gzip smaller than esbuild's own
// minifier). Runs as Trunk's pre-build hook, so `trunk build` and `trunk serve` always have it.
import { build } from 'esbuild';
import { minify } from 'terser';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

// ECharts registers its English and Chinese UI texts and picks one by the browser's language.
// The page sets every text a chart shows (its aria description included), so the Chinese set is
// left out: the English one stands in for it.
const englishOnly = {
  name: 'english-only',
  setup(b) {
    b.onResolve({ filter: /\/i18n\/langZH\.js$/ }, (args) => ({ path: path.join(path.dirname(args.importer), '../i18n/langEN.js') }));
  },
};

// Parts of ZRender the page never runs, replaced by empty stand-ins (about 4 KB gzip):
// - the canvas painter's brush, which the decal patterns use only under the canvas renderer
//   (the page has the SVG renderer alone);
// - the CSS animations and hover styles ZRender writes into an SVG rendered to a string (server
//   side rendering); the page's SVG download takes the chart as drawn, without them.
const STAND_INS = {
  'canvas/graphic.js': `const none = () => { throw new Error('no canvas renderer in this build'); };
    export { none as brush, none as brushSingle, none as createCanvasPattern };`,
  'svg/cssAnimation.js': 'export function createCSSAnimation() {}',
  'svg/cssEmphasis.js': 'export function createCSSEmphasis() {}',
};
const standIns = {
  name: 'stand-ins',
  setup(b) {
    b.onResolve({ filter: /(graphic|cssAnimation|cssEmphasis)\.js$/ }, (args) => {
      const resolved = path.join(args.resolveDir, args.path);
      const part = Object.keys(STAND_INS).find((p) => resolved.endsWith(`zrender/lib/${p}`));
      return part ? { path: part, namespace: 'stand-in' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'stand-in' }, (args) => ({ contents: STAND_INS[args.path], loader: 'js' }));
  },
};

const bundled = await build({
  plugins: [englishOnly, standIns],
  entryPoints: ['web/echarts-entry.js'],
  bundle: true,
  minify: process.env.ECHARTS_ESBUILD_MINIFY === '1',
  format: 'iife',
  globalName: 'echarts',
  target: ['es2019'],
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'eof',
  write: false,
  logLevel: 'warning',
});
const minified = await minify(bundled.outputFiles[0].text, {
  ecma: 2019,
  // Three passes and property reads taken as free of side effects (ECharts and ZRender define no
  // getters that matter when their value is unused; the deprecated `position`/`scale` aliases of
  // ZRender only warn): 0.4 KB gzip and brotli smaller than two passes alone.
  compress: { passes: 3, pure_getters: true },
  mangle: true,
  // Keep the licence notices of ECharts, ZRender and tslib.
  format: { comments: /license|copyright|@preserve|^!/i },
});
await mkdir('build', { recursive: true });
// Written only when it changed, so that `trunk serve` does not see a change after every build.
const previous = await readFile('build/echarts.min.js', 'utf8').catch(() => null);
if (previous !== minified.code) await writeFile('build/echarts.min.js', minified.code);
