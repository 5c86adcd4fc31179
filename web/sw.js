// The explorer's service worker. scripts/post-build.mjs fills in VERSION, GROUPS (the files of
// the build by what needs them, hashed names included), INTEGRITY (each file's SHA-384, the
// page's SHA-256) and pageLanguage (the language rule of the page's loader) after each build.
// Rules (docs/SECURITY.md, docs/PERFORMANCE.md; tested in tests/browser/offline.test.mjs and
// first-visit.test.mjs):
//
// - install: fetches what the readers of the open pages need — the files every page needs
//   (GROUPS.core: the page, ECharts, CSS, icons, the map file and script) and the page build and
//   map worker of each open page's language (GROUPS.nb, .nn, .en; bokmål when no page is open) —
//   each checked against its integrity, and stores them in one cache for this version and scope
//   only when all arrived; a file of another build (an upload in the wrong order, a host that
//   answers a missing file with the page, a truncated copy) fails the install and the old
//   version stays. Hashed files come from the HTTP cache when the page has loaded them already
//   (they are immutable); only the page is asked for anew. A redirected page (a host sending ./
//   to ./index.html) is stored as a plain response.
// - activate (on the user's word, see web/pwa.js): deletes this scope's older caches; the other
//   open pages reload (web/pwa.js), so none is left with files of a version that is gone;
// - fetch: a navigation to the page itself (./ or ./index.html, any query) gets the cached page;
//   any other request, navigations included, gets a cached file of ours or else the network. A
//   file of the build not cached yet (another language's page after a switch, the import code
//   of «Åpne egne data», GROUPS.onUse) is checked and cached as it is fetched. Other pages under
//   the same path, and a copy in a sub-folder, are never answered with this page. If the cache
//   cannot be opened or read, the network answers.
const VERSION = '__VERSION__';
const GROUPS = __GROUPS__;
const INTEGRITY = __INTEGRITY__;
const pageLanguage = __PAGE_LANGUAGE__;
const SCOPE = self.registration.scope;
const PREFIX = `arbeidsgivermonitor:${SCOPE}:`;
const CACHE = PREFIX + VERSION;
const PAGE = new URL('./', SCOPE).href;
const PAGE_PATHS = [new URL(PAGE).pathname, new URL('./index.html', SCOPE).pathname];
/// Every file of the build by its URL, with its integrity.
const BUILD = new Map(Object.entries(INTEGRITY).map(([file, integrity]) => [new URL(file, SCOPE).href, integrity]));

/// The response as the cache should keep it: a redirected one is copied into a plain response,
/// which a browser may use for a navigation (it refuses a redirected one).
const storable = async (response) =>
  response.redirected ? new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers }) : response;

/// A file of the build from the network (or, hashed, the HTTP cache), checked against its
/// integrity: a wrong or truncated copy fails.
const download = async (url) => {
  const response = await fetch(new Request(url, { cache: url === PAGE ? 'no-cache' : 'default', integrity: BUILD.get(url) }));
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return storable(response);
};

/// The languages of the pages open in this scope (bokmål when none is).
const openLanguages = async () => {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const languages = new Set(windows.filter((c) => c.url.startsWith(SCOPE)).map((c) => pageLanguage(new URL(c.url).search)));
  const built = [...languages].filter((language) => GROUPS[language]);
  return built.length ? built : ['nb'];
};

self.addEventListener('install', (event) => {
  event.waitUntil(
    openLanguages().then(async (languages) => {
      const files = [...GROUPS.core, ...languages.flatMap((language) => GROUPS[language])];
      const urls = files.map((file) => new URL(file, SCOPE).href);
      const responses = await Promise.all(urls.map(download));
      const cache = await caches.open(CACHE);
      try {
        await Promise.all(urls.map((url, i) => cache.put(url, responses[i])));
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

/// A file of the build not cached yet, fetched, checked and cached as it is answered.
const cacheOnUse = async (url) => {
  const response = await download(url);
  const copy = response.clone();
  caches
    .open(CACHE)
    .then((cache) => cache.put(url, copy))
    .catch(() => {});
  return response;
};

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const key = request.mode === 'navigate' && PAGE_PATHS.includes(url.pathname) ? PAGE : request;
  const onUse = key !== PAGE && BUILD.has(url.href) && !url.search;
  event.respondWith(cached(key).then((hit) => hit ?? (onUse ? cacheOnUse(url.href).catch(() => fetch(request)) : fetch(request))));
});
