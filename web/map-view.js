// The page's side of the maps (issue 12): browser glue, loaded on first need by the page
// (src/app/map_glue.rs, from the page's manifest: `kart-view`) and precached by the service worker.
// Bundled with svg-to-png.js by scripts/build-map.mjs into build/map-view.js.
//
// Everything a map shows is computed in Rust by the map worker (src/bin/map_worker.rs over
// render::map_job). This file only starts that worker, sends it the page's state, puts its
// replies in place (the frame and SVG, or only the attributes and hover texts that changed),
// names the region under the pointer, opens a kommune's page on a click, and turns the worker's
// download document into files. It has no words of its own: the page passes them in each job.
//
//   agmMaps.draw(root, {qid, level, query, link, data, words: {failed, broken, downloadFailed}})
//   agmMaps.forget(root)                the page no longer shows maps: empty it
//   agmMaps.locator(figure, org, data)  the small map of an organisation page, or of a
//                                       comparison (`org` an array; kommuner to pick on it
//                                       when the figure has class `picker`)
//   agmMaps.comparison(root, words, data)  «Sammenlign kommuner» (issue 24) in `root`, kept
//                                       up to date from the worker's replies (below); its
//                                       questions' «Kopier bilde» (web/copy.js)
//   agmMaps.compareAlso(org)            adds register organisation `org` to it
//
// `data` is the snapshot of the data the page shows when the reader opened their own (issue 13),
// or null for the bundled data; the worker is sent it once, before the first job that has it.
import { saveFile } from './save-file.js';
import { named, inPageLanguage } from './page-meta.js';
import { svgToPngBlob } from './svg-to-png.js';
import { workerChannel } from './worker-channel.js';
import { copyPng } from './copy.js';

/// PNG downloads are drawn at twice their CSS size.
const PNG_SCALE = 2;

/// The PNG (a promise of its Blob) of an image the worker drew (`{svg, width, height}`).
const pngOf = (reply) => svgToPngBlob(reply.svg, reply.width, reply.height, PNG_SCALE, '#ffffff');

/// The data the worker has: null is the bundled data, which a new worker starts with.
let sentData = null;

/// The map worker: started on the first request, anew after a failure (offline before its first
/// load: the waiting requests are answered with `{error: 'unavailable'}`).
const channel = workerChannel({
  url: () => inPageLanguage('kart-worker'),
  unavailable: { error: 'unavailable' },
  started: () => (sentData = null),
});

/// Sends a message (with the geometry's address, and the data first when they changed) and
/// resolves to the worker's reply.
function ask(message) {
  return new Promise((resolve) => {
    const data = message.data ?? null;
    delete message.data;
    message.url = named('kart');
    channel.send(message, resolve, (post) => {
      if (data !== sentData) {
        post({ kind: 'data', snapshot: data });
        sentData = data;
      }
    });
  });
}

/// The region element under an event's target: its id, and whether it is a kommune.
function regionAt(target) {
  const region = target?.closest?.('[data-knr],[data-fylke]');
  if (!region) return null;
  const knr = region.getAttribute('data-knr');
  return knr ? { id: knr, kommune: true } : { id: region.getAttribute('data-fylke'), kommune: false };
}

/// One map of the page: its job, its parts once the frame is there, its regions by id.
const islands = new WeakMap();

function island(root) {
  let map = islands.get(root);
  if (map) return map;
  map = { root, job: null, item: 0, parts: null, regions: new Map(), hover: {}, legend: null, busy: false, again: false, generation: 0 };
  islands.set(root, map);
  root.addEventListener('pointermove', (event) => {
    if (!map.parts) return;
    const region = regionAt(event.target);
    const text = (region && map.hover[region.id]) ?? '';
    if (map.parts.hover.textContent !== text) map.parts.hover.textContent = text;
  });
  root.addEventListener('pointerleave', () => {
    if (map.parts) map.parts.hover.textContent = '';
  });
  root.addEventListener('click', (event) => {
    const action = event.target?.closest?.('[data-action]')?.getAttribute('data-action');
    if (action === 'png' || action === 'svg') {
      download(map, action);
      return;
    }
    const region = regionAt(event.target);
    if (region?.kommune && map.parts?.map.classList.contains('clickable')) {
      location.assign(`?${[`kommune=${region.id}`, map.job.link].filter(Boolean).join('&')}`);
    }
  });
  root.addEventListener('change', (event) => {
    if (event.target?.getAttribute?.('data-action') !== 'item') return;
    map.item = Number(event.target.value) || 0;
    send(map);
  });
  return map;
}

function statusText(map, error) {
  return error === 'broken' ? map.job.words.broken : map.job.words.failed;
}

/// Puts a reply of the worker in place.
function apply(map, reply) {
  if (reply.frame != null) {
    map.root.innerHTML = reply.frame;
    const part = (name) => map.root.querySelector(`.${name}`);
    map.parts = {
      map: part('map'),
      title: part('map-title'),
      status: part('map-status'),
      hover: part('map-hover'),
      legend: part('map-legend-holder'),
      hint: part('map-click-hint'),
      error: part('error'),
    };
    map.legend = null;
  }
  const parts = map.parts;
  if (!parts) {
    // No frame yet, and none can come now: say so where the map would be.
    if (reply.error) {
      const status = document.createElement('p');
      status.className = 'map-status';
      status.setAttribute('role', 'status');
      status.textContent = statusText(map, reply.error);
      map.root.replaceChildren(status);
    }
    return;
  }
  if (reply.error) {
    parts.status.textContent = statusText(map, reply.error);
    return;
  }
  if (parts.status.textContent) parts.status.textContent = '';
  if (reply.svg != null) {
    parts.map.innerHTML = reply.svg;
    map.regions.clear();
    for (const element of parts.map.querySelectorAll('[data-knr],[data-fylke]')) {
      map.regions.set(element.getAttribute('data-knr') ?? element.getAttribute('data-fylke'), element);
    }
    map.hover = {};
  } else {
    for (const [id, remove, set] of reply.changes) {
      const element = map.regions.get(id);
      if (!element) continue;
      for (const name of remove) element.removeAttribute(name);
      for (let i = 0; i < set.length; i += 2) {
        if (set[i + 1] === '') element.removeAttribute(set[i]);
        else element.setAttribute(set[i], set[i + 1]);
      }
    }
    const svg = parts.map.firstElementChild;
    if (svg && svg.getAttribute('aria-label') !== reply.alternative) svg.setAttribute('aria-label', reply.alternative);
  }
  // Only what changed: a filter change keeps the title, legend and hint, and the worker sends
  // only the hover texts that changed.
  Object.assign(map.hover, reply.hover);
  if (parts.title.textContent !== reply.title) parts.title.textContent = reply.title;
  if (map.legend !== reply.legend) {
    parts.legend.innerHTML = reply.legend;
    map.legend = reply.legend;
  }
  if (parts.hint.textContent !== reply.hint) {
    parts.map.classList.toggle('clickable', reply.hint !== '');
    parts.hint.textContent = reply.hint;
  }
}

/// Asks the worker for the map as the page's state now says; while it works, later changes wait
/// and are sent as one when it answers.
function send(map) {
  if (map.busy) {
    map.again = true;
    return;
  }
  map.busy = true;
  const generation = map.generation;
  const { qid, level, query, data } = map.job;
  ask({ kind: 'draw', qid, level, item: map.item, query, fresh: !map.parts, data }).then((reply) => {
    if (generation !== map.generation) return;
    map.busy = false;
    apply(map, reply);
    if (map.again) {
      map.again = false;
      send(map);
    }
  });
}

function showError(map, text) {
  const error = map.parts?.error;
  if (!error) return;
  error.textContent = text ?? '';
  error.hidden = text == null;
}

function download(map, kind) {
  const { qid, level, query, words, data } = map.job;
  const stem = `arbeidsgivermonitoren-2017-${qid}-kart`;
  ask({ kind: 'export', qid, level, item: map.item, query, fresh: false, data }).then(async (reply) => {
    if (reply.svg == null) {
      showError(map, statusText(map, reply.error));
      return;
    }
    try {
      if (kind === 'svg') {
        saveFile(`${stem}.svg`, new Blob([reply.svg], { type: 'image/svg+xml' }));
      } else {
        saveFile(`${stem}.png`, await pngOf(reply));
      }
      showError(map, null);
    } catch (error) {
      showError(map, `${words.downloadFailed}${error?.message ?? error}`);
    }
  });
}

function draw(root, job) {
  const map = island(root);
  map.job = job;
  send(map);
}

function forget(root) {
  const map = islands.get(root);
  if (map) {
    Object.assign(map, { parts: null, hover: {}, legend: null, busy: false, again: false, item: 0 });
    map.regions.clear();
    map.generation++;
  }
  root.replaceChildren();
}

function locator(figure, org, data) {
  const pick = figure.classList.contains('picker');
  ask({ kind: 'locator', org, pick, data, query: location.search.slice(1) }).then((reply) => {
    if (reply.svg == null) return;
    figure.firstElementChild.innerHTML = reply.svg;
    figure.hidden = false;
    // An organisation page's neighbours to compare with (its «Sammenlign med …» section).
    const neighbours = document.getElementById('naboer');
    if (neighbours && reply.neighbours) neighbours.innerHTML = reply.neighbours;
  });
}

// «Sammenlign kommuner» (issue 24): the view in its element, made by the worker and kept here.
// The worker answers each message with the view's HTML and the URL's new query (or a file);
// a click on a chip, a kommune on the map or a download button asks it again. «Skriv ut» and
// «Bygg inn» are the page's (src/app/comparison_page.rs).
const compared = { root: null, words: null, data: null, query: '' };

/// The URL without reloading: its query as the worker wrote it, the path and anchor kept.
function replaceQuery(query) {
  const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', url);
}

/// Says under `tools` (a selector in the view) that a download failed and why; a download
/// that works takes the message away.
function reportDownload(tools, error) {
  const after = compared.root.querySelector(tools);
  if (!after) return;
  let message = after.nextElementSibling?.matches('.download-error') ? after.nextElementSibling : null;
  if (error == null) {
    message?.remove();
    return;
  }
  if (!message) {
    message = document.createElement('p');
    message.className = 'error download-error';
    message.setAttribute('role', 'alert');
    after.after(message);
  }
  message.textContent = `${compared.words.downloadFailed}${error?.message ?? error}`;
}

/// Saves a file the worker made; says so where it failed.
async function saveComparison(reply, action) {
  const stem = `arbeidsgivermonitoren-2017-${compared.words.fileName}`;
  const tools = reply.qid != null ? `#q-${reply.qid} .figure-tools` : '.page-tools';
  try {
    if (reply.csv != null) {
      saveFile(`${stem}.csv`, new Blob([reply.csv], { type: 'text/csv;charset=utf-8' }));
    } else if (action === 'png') {
      saveFile(`${stem}-${reply.qid}.png`, await pngOf(reply));
    } else {
      saveFile(`${stem}-${reply.qid}.svg`, new Blob([reply.svg], { type: 'image/svg+xml' }));
    }
    reportDownload(tools, null);
  } catch (error) {
    reportDownload(tools, error);
  }
}

/// Puts the worker's view in place; `focus` is the position of a removed chip.
function showComparison(reply, focus) {
  const root = compared.root;
  if (reply.html == null) {
    root.textContent = compared.words.unavailable;
    return;
  }
  const first = !root.querySelector('article.question');
  // The map drawn so far stays until the worker has drawn it anew (no flash of an empty place
  // after each pick).
  const drawn = root.querySelector('figure.locator > div')?.innerHTML ?? '';
  root.innerHTML = reply.html;
  const figure = root.querySelector('figure.locator');
  if (figure) {
    if (drawn) {
      figure.firstElementChild.innerHTML = drawn;
      figure.hidden = false;
    }
    locator(figure, reply.orgs, compared.data);
  }
  // Opened at a question's anchor (a copied link, «Kopier lenke»): to the question, once it is
  // there, laid out in full above it (`data-anchor`, as src/app/browser.rs does).
  const anchor = first && location.hash.length > 1 ? document.getElementById(location.hash.slice(1)) : null;
  if (anchor) {
    document.documentElement.setAttribute('data-anchor', anchor.id);
    anchor.scrollIntoView();
  }
  // After a chip's removal: the chip that took its place, the one before, or the search field.
  if (focus != null) {
    const chips = root.querySelectorAll('.compared li button');
    (chips[focus] ?? chips[focus - 1] ?? document.getElementById('sok'))?.focus();
  }
}

/// Asks the worker for the view after `action` (`''`, `add`, `remove`, `toggle`, `csv`, `svg`,
/// `png`) on register organisation `org` (or for image `question`).
function askComparison(action, org = null, { focus = null, question = null } = {}) {
  const message = { kind: 'comparison', query: compared.query, action, org, question, data: compared.data };
  ask(message).then((reply) => {
    if (reply.error) {
      if (!compared.root.querySelector('table')) compared.root.textContent = compared.words.unavailable;
      return;
    }
    if (reply.query != null) {
      compared.query = reply.query;
      replaceQuery(reply.query);
    }
    if (reply.csv != null || reply.svg != null) saveComparison(reply, action);
    else if (action !== 'csv' && action !== 'svg' && action !== 'png') showComparison(reply, focus);
  });
}

/// A question's image as a PNG (a promise of its blob), drawn as its PNG download is.
function comparisonPng(question) {
  return ask({ kind: 'comparison', query: compared.query, action: 'png', org: null, question, data: compared.data }).then((reply) => {
    if (reply.svg == null) throw new Error(reply.error ?? 'no image');
    return pngOf(reply);
  });
}

function onComparisonClick(event) {
  const target = event.target;
  // «Kopier bilde» (the clipboard asked inside the press, the PNG still being drawn); «Kopier
  // lenke» is the page's own (src/app/copy.rs).
  const copy = target?.closest?.('button[data-copy="image"]');
  if (copy) {
    const question = Number(copy.getAttribute('data-question'));
    const qid = copy.closest('article[id]')?.id.slice(2);
    const { imageCopied, imageDownloaded, downloadFailed, fileName } = compared.words;
    copyPng(copy, comparisonPng(question), imageCopied, imageDownloaded, downloadFailed, `arbeidsgivermonitoren-2017-${fileName}-${qid}.png`);
    return;
  }
  const picked = target?.closest?.('.picker [data-org-index]');
  if (picked) {
    askComparison('toggle', Number(picked.getAttribute('data-org-index')));
    return;
  }
  const button = target?.closest?.('button[data-action], button[data-org-index]');
  if (!button) return;
  const action = button.getAttribute('data-action');
  if (action === 'csv') askComparison('csv');
  else if (action === 'svg' || action === 'png') askComparison(action, null, { question: Number(button.getAttribute('data-question')) });
  else if (action == null) {
    const item = button.closest('li');
    const focus = item ? [...item.parentElement.children].indexOf(item) : 0;
    askComparison('remove', Number(button.getAttribute('data-org-index')), { focus });
  }
}

/// Shows «Sammenlign kommuner» for the URL's query in `root`. `words`: `{unavailable,
/// downloadFailed, fileName, imageCopied, imageDownloaded}`; `data` as for every map.
function comparison(root, words, data) {
  Object.assign(compared, { root, words, data, query: location.search.slice(1) });
  root.addEventListener('click', onComparisonClick);
  askComparison('');
}

/// Adds register organisation `org` to the comparison shown (the page's search field).
function compareAlso(org) {
  if (compared.root) askComparison('add', org);
}

window.agmMaps = { draw, forget, locator, comparison, compareAlso };
