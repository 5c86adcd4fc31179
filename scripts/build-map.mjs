// Builds the map geometry the page fetches when a map is first shown: the 2017 kommune borders
// of data/kart/kommuner_2017.geojson (CC0, Kartverket via ReadyMaps; see data/PROVENANCE.md),
// simplified with topojson-simplify (borders stay shared, so neighbours still meet), quantised
// to whole kilometres, the fylker dissolved from their kommuner (topojson-client `merge`), and
// written as one SVG document with relative path commands: build/kart.svg. Runs as Trunk's
// pre-build hook (after the ECharts bundle); post-build gives it a hashed name.
//
// A kommune too small to see or hit at phone width (the island kommuner Kvitsøy and Træna, and
// the like) gets a round marker in its own path, so every region stays one element.
//
// It also bundles the page's side of the maps (web/map-view.js with web/svg-to-png.js; esbuild
// and terser, pinned) into build/map-view.js, which the page loads with the first map, and the
// page's «Åpne egne data» script (web/own-data-view.js, issue 13) into build/own-data-view.js.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { build } from 'esbuild';
import { minify } from 'terser';
import { fileURLToPath } from 'node:url';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { feature, merge } from 'topojson-client';

/// Metres per unit of the SVG: 1 km. The map is 1 191 × 1 490 units.
export const METRES_PER_UNIT = 1000;
/// Share of the points that simplification drops (by weight): borders still look right at
/// 1 280 px, and the file stays small.
const DROP = 0.3;
/// A kommune whose extent is under this many units gets a marker of this radius.
const SMALL = 8;
const MARKER_RADIUS = 5;

function extent(geo) {
  let [minx, miny, maxx, maxy] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of geo.features) {
    for (const polygon of f.geometry.coordinates) {
      for (const ring of polygon) {
        for (const [x, y] of ring) {
          minx = Math.min(minx, x);
          maxx = Math.max(maxx, x);
          miny = Math.min(miny, y);
          maxy = Math.max(maxy, y);
        }
      }
    }
  }
  return { minx, miny, maxx, maxy };
}

/// An SVG path of a (Multi)Polygon in map units, north up: absolute start, relative steps.
function pathOf(geometry, box) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  let d = '';
  const bounds = { minx: Infinity, miny: Infinity, maxx: -Infinity, maxy: -Infinity };
  for (const polygon of polygons) {
    for (const ring of polygon) {
      let previous = null;
      let steps = 0;
      let part = '';
      for (const [x, y] of ring.slice(0, -1)) {
        const qx = Math.round((x - box.minx) / METRES_PER_UNIT);
        const qy = Math.round((box.maxy - y) / METRES_PER_UNIT);
        bounds.minx = Math.min(bounds.minx, qx);
        bounds.maxx = Math.max(bounds.maxx, qx);
        bounds.miny = Math.min(bounds.miny, qy);
        bounds.maxy = Math.max(bounds.maxy, qy);
        if (previous === null) {
          part += `M${qx} ${qy}`;
        } else {
          const [dx, dy] = [qx - previous[0], qy - previous[1]];
          if (dx === 0 && dy === 0) continue;
          part += `l${dx}${dy < 0 ? '' : ' '}${dy}`;
        }
        previous = [qx, qy];
        steps += 1;
      }
      // A ring quantised to a point or a line draws nothing; the marker stands in for it.
      if (steps >= 3) d += `${part}z`;
    }
  }
  return { d, bounds };
}

function marker(bounds) {
  const cx = Math.round((bounds.minx + bounds.maxx) / 2);
  const cy = Math.round((bounds.miny + bounds.maxy) / 2);
  const r = MARKER_RADIUS;
  return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;
}

/// The SVG document for `geo` (a FeatureCollection with `knr`, `fylkesnr`).
export function buildMap(geo) {
  const box = extent(geo);
  const width = Math.ceil((box.maxx - box.minx) / METRES_PER_UNIT);
  const height = Math.ceil((box.maxy - box.miny) / METRES_PER_UNIT);
  const topo = presimplify(topology({ kommuner: geo }, 1e6));
  const simple = simplify(topo, quantile(topo, DROP));
  const kommuner = [];
  for (const f of feature(simple, simple.objects.kommuner).features) {
    const { d, bounds } = pathOf(f.geometry, box);
    const small = !(bounds.maxx - bounds.minx >= SMALL || bounds.maxy - bounds.miny >= SMALL);
    kommuner.push({ knr: f.properties.knr, d: small ? d + marker(bounds) : d, small });
  }
  const byFylke = new Map();
  for (const g of simple.objects.kommuner.geometries) {
    const nr = g.properties.fylkesnr;
    if (!byFylke.has(nr)) byFylke.set(nr, []);
    byFylke.get(nr).push(g);
  }
  const fylker = [...byFylke.keys()].sort().map((nr) => ({ nr, d: pathOf(merge(simple, byFylke.get(nr)), box).d }));
  kommuner.sort((a, b) => a.knr.localeCompare(b.knr));
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">` +
    `<g id="kommuner">${kommuner.map((k) => `<path data-knr="${k.knr}" d="${k.d}"/>`).join('')}</g>` +
    `<g id="fylker">${fylker.map((f) => `<path data-fylke="${f.nr}" d="${f.d}"/>`).join('')}</g>` +
    `</svg>\n`;
  return { svg, kommuner, fylker, width, height };
}

/// A script of web/ and what it imports, as one minified classic script.
export async function buildScript(entry = 'web/map-view.js') {
  const bundled = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: ['es2020'],
    write: false,
    logLevel: 'warning',
  });
  const { code } = await minify(bundled.outputFiles[0].text, { ecma: 2020, compress: { passes: 2 }, mangle: true });
  return code;
}

/// The regions the register has, for the check: every kommune and fylke of 2017 on the map.
async function registerIds() {
  const csv = async (file) => (await readFile(file, 'utf8')).trim().split('\n').slice(1).map((l) => l.split(',')[0]);
  return { kommuner: await csv('data/kommuner_2017.csv'), fylker: await csv('data/fylker_2017.csv') };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const geo = JSON.parse(await readFile('data/kart/kommuner_2017.geojson', 'utf8'));
  const map = buildMap(geo);
  const ids = await registerIds();
  const missing = [
    ...ids.kommuner.filter((knr) => !map.kommuner.some((k) => k.knr === knr && k.d)),
    ...ids.fylker.filter((nr) => !map.fylker.some((f) => f.nr === nr && f.d)),
  ];
  if (missing.length || map.kommuner.length !== ids.kommuner.length || map.fylker.length !== ids.fylker.length) {
    console.error(`Kartet mangler regioner: ${missing.join(', ')} (${map.kommuner.length} kommuner, ${map.fylker.length} fylker)`);
    process.exit(1);
  }
  await mkdir('build', { recursive: true });
  const previous = await readFile('build/kart.svg', 'utf8').catch(() => null);
  if (previous !== map.svg) await writeFile('build/kart.svg', map.svg);
  // Written only when it changed, so that `trunk serve` does not see a change after every build.
  for (const name of ['map-view.js', 'own-data-view.js']) {
    const script = await buildScript(`web/${name}`);
    if ((await readFile(`build/${name}`, 'utf8').catch(() => null)) !== script) await writeFile(`build/${name}`, script);
  }
}
