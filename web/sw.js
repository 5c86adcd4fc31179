// The explorer's service worker. scripts/service-worker.mjs fills in VERSION and FILES (every
// file of the build, hashed names included) after each build.
//
// - install: precaches every file into one cache for this version and scope;
// - activate (on the user's word, see web/pwa.js): deletes this scope's older caches;
// - fetch: the page (any query) is answered with the cached page, every other file of ours from
//   the cache, else the network. A .wasm or .js request is never answered with HTML.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const PREFIX = `arbeidsgivermonitor:${self.registration.scope}:`;
const CACHE = PREFIX + VERSION;
const PAGE = new URL('./', self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new Request(new URL(file, self.registration.scope), { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'arbeidsgivermonitor:update') {
    self.skipWaiting();
  } else if (event.data === 'arbeidsgivermonitor:network?') {
    // Is the server reachable? Asked from here, so a failed check is no failed page request.
    fetch(new Request(PAGE, { method: 'HEAD', cache: 'no-store' }))
      .then((response) => response.ok)
      .catch(() => false)
      .then((online) => event.source?.postMessage({ type: 'arbeidsgivermonitor:network', online, version: VERSION }));
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(caches.open(CACHE).then((cache) => cache.match(PAGE)).then((page) => page ?? fetch(request)));
    return;
  }
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(request)).then((hit) => hit ?? fetch(request)));
});
