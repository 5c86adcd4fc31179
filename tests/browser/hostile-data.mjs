// A second data folder, as a publisher's own edition of data/ might look: the same answers marked
// as real (`demo: false`, answers public), and labels that are markup — theme, question, item,
// answer label, fylke and kommune names — or a spreadsheet formula. The page built from it
// (scripts/test.sh: AGM_DATA_DIR, target/dist-hostile) must show the labels as text and run none
// of them, and say nothing about demo data anywhere (tests/browser/security.test.mjs).
// Usage: node tests/browser/hostile-data.mjs OUTDIR
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/// Markup with no comma or quote, so it can stand unquoted in a CSV field.
export const PAYLOAD = '<img src=x onerror=window.__xss=1><script>window.__xss=2</script>';
/// A question id that is markup (issue 22): a codebook with it is refused with a fault, by the
/// build and by «Åpne egne data» (tests/hostile_input.rs, tests/browser/hostile-input.test.mjs).
export const HOSTILE_ID = 'q"><img src=x id=pwned><style>main{visibility:hidden}</style><b a="';
/// A label a spreadsheet would run as a formula, unless the CSV writes it as text.
export const FORMULA = '=HYPERLINK("https://example.invalid";"klikk")';

/// What the real edition says about its answers.
export const REAL_DESCRIPTION = 'Svarene slik kommunene og fylkeskommunene ga dem i 2017 (testkopi).';

const FILES = ['dataset.json', 'codebook.json', 'kommuner_2017.csv', 'fylker_2017.csv', 'kommuner_2017_til_2024.csv', 'respondents.csv'];

/// Writes the hostile copy of data/ to `out`. Files that are already right are left untouched,
/// so the build that embeds them is not redone.
export function writeHostileData(out) {
  const files = Object.fromEntries(FILES.map((f) => [f, fs.readFileSync(path.join('data', f), 'utf8')]));
  const dataset = JSON.parse(files['dataset.json']);
  Object.assign(dataset, { demo: false, answers_public: true, answers_description: REAL_DESCRIPTION });
  delete dataset.generator;
  delete dataset.seed;
  files['dataset.json'] = JSON.stringify(dataset, null, 2);
  const codebook = JSON.parse(files['codebook.json']);
  codebook.themes[0].title.nb += ` ${PAYLOAD}`;
  codebook.questions[0].text.nb += ` ${PAYLOAD}`;
  codebook.questions[0].items[0].label.nb += ` ${PAYLOAD}`;
  const scale = codebook.scales.find((s) => s.id === codebook.questions[0].scale);
  scale.codes.find((c) => c.code === 5).label.nb += ` ${PAYLOAD}`;
  scale.codes.find((c) => c.code === 1).label.nb = FORMULA;
  files['codebook.json'] = JSON.stringify(codebook, null, 2);
  const replaceLine = (file, start, edit) => {
    const lines = files[file].split('\n');
    const i = lines.findIndex((l) => l.startsWith(start));
    lines[i] = edit(lines[i].split(',')).join(',');
    files[file] = lines.join('\n');
  };
  // Bergen (1201): kommune and kommune_unik; Hordaland (12): the fylke's name.
  replaceLine('kommuner_2017.csv', '1201,', (f) => ((f[1] = `Bergen ${PAYLOAD}`), (f[2] = `Bergen ${PAYLOAD}`), f));
  replaceLine('fylker_2017.csv', '12,', (f) => ((f[1] = `Hordaland ${PAYLOAD}`), f));
  fs.mkdirSync(out, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(out, file);
    if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== text) fs.writeFileSync(target, text);
  }
}

/// Writes `file` (once): an answer file of nearly 50 MB whose second line has one answer of 49 MB,
/// ending in a Windows-1252 byte so that it is decoded the slow way. Reading it takes long enough
/// to show the progress bar (and to cancel it), and it fails with a fault that quotes the answer.
export function writeBigValueCsv(file) {
  if (fs.existsSync(file)) return file;
  const lines = fs.readFileSync(path.join('data', 'respondents.csv'), 'utf8').trim().split('\n');
  const fields = lines[1].split(',');
  const head = Buffer.from(`${lines[0]}\n${fields.slice(0, 4).join(',')},`);
  const tail = Buffer.from(`\xff,${fields.slice(5).join(',')}\n${lines.slice(2, 20).join('\n')}\n`, 'latin1');
  fs.writeFileSync(file, Buffer.concat([head, Buffer.alloc(49_000_000, '7'), tail]));
  return file;
}

/// The page the hostile build is made from (`.hostile-index.html`, beside index.html so that its
/// paths hold): index.html with only bokmål's page and map worker to build — the security test
/// needs no other language and no import code, and each of them is a release build of its own
/// (issue 23: the test command within 12 minutes).
export function writeHostileIndex(out = '.hostile-index.html') {
  const skipped = / *<link data-trunk rel="rust" data-bin="(arbeidsgivermonitor-(nn|en)|map-worker-(nn|en)|import-worker(-nn|-en)?|xlsx-reader)"[^>]*>\n/g;
  const page = fs.readFileSync('index.html', 'utf8');
  const hostile = page.replace(skipped, '');
  if ((page.match(skipped) ?? []).length !== 8) throw new Error('hostile-data.mjs: index.html no longer has the eight builds it leaves out');
  if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== hostile) fs.writeFileSync(out, hostile);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!process.argv[2]) throw new Error('usage: node tests/browser/hostile-data.mjs OUTDIR');
  writeHostileData(process.argv[2]);
  writeHostileIndex();
}
