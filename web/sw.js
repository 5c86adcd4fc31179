// The explorer's service worker. scripts/post-build.mjs fills in VERSION, FILES (every file of
// the build, hashed names included) and PAGE_INTEGRITY (the SHA-256 of this build's index.html)
// after each build. Rules (docs/SECURITY.md, tested in tests/browser/offline.test.mjs):
//
// - install: fetches every file, the page checked against PAGE_INTEGRITY, and stores them in
//   one cache for this version and scope only when all arrived; a page of another build (an
//   upload in the wrong order, a stale copy in a CDN) fails the install and the old version
//   stays. A redirected page (a host sending ./ to ./index.html) is stored as a plain response.
// - activate (on the user's word, see web/pwa.js): deletes this scope's older caches;
// - fetch: a navigation to the page itself (./ or ./index.html, any query) gets the cached page;
//   any other request, navigations included, gets a cached file of ours or else the network.
//   Other pages under the same path, and a copy in a sub-folder, are never answered with this
//   page. If the cache cannot be opened or read, the network answers.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const PAGE_INTEGRITY = '__PAGE_INTEGRITY__';
const SCOPE = self.registration.scope;
const PREFIX = `arbeidsgivermonitor:${SCOPE}:`;
const CACHE = PREFIX + VERSION;
const PAGE = new URL('./', SCOPE).href;
const PAGE_PATHS = [new URL(PAGE).pathname, new URL('./index.html', SCOPE).pathname];

/// The response as the cache should keep it: a redirected one is copied into a plain response,
/// which a browser may use for a navigation (it refuses a redirected one).
const storable = async (response) =>
  response.redirected ? new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers }) : response;

const download = async (file) => {
  const url = new URL(file, SCOPE).href;
  const response = await fetch(new Request(url, { cache: 'reload', integrity: url === PAGE ? PAGE_INTEGRITY : '' }));
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return [url, await storable(response)];
};

self.addEventListener('install', (event) => {
  event.waitUntil(
    Promise.all(FILES.map(download)).then(async (responses) => {
      const cache = await caches.open(CACHE);
      try {
        await Promise.all(responses.map(([url, response]) => cache.put(url, response)));
      } catch (error) {
        await caches.delete(CACHE);
        throw error;
      }
    }),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .catch(() => {})
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

const cached = (key) =>
  caches
    .open(CACHE)
    .then((cache) => cache.match(key))
    .catch(() => undefined);

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const key = request.mode === 'navigate' && PAGE_PATHS.includes(url.pathname) ? PAGE : request;
  event.respondWith(cached(key).then((hit) => hit ?? fetch(request)));
});
