// Builds the custom ECharts bundle from the npm package (pinned in package-lock.json) with
// esbuild. Runs as Trunk's pre-build hook, so `trunk build` and `trunk serve` always have it.
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';

await mkdir('build', { recursive: true });
await build({
  entryPoints: ['web/echarts-entry.js'],
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'echarts',
  target: ['es2019'],
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'eof',
  outfile: 'build/echarts.min.js',
  logLevel: 'warning',
});
