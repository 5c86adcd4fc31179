// Browser glue for working offline: registers the service worker (web/sw.js), shows that a
// newer version is ready and updates only when the user asks, and shows when the page works
// offline. The notices themselves are rendered by the app (texts in src/app/text.rs):
// #frakoblet and #ny-versjon with its button #oppdater, shown by removing `hidden`.
(() => {
  if (!('serviceWorker' in navigator)) return;
  const state = { offline: false, waiting: null, updating: false };
  const apply = () => {
    const offline = document.getElementById('frakoblet');
    if (offline) offline.hidden = !state.offline;
    const update = document.getElementById('ny-versjon');
    if (update) update.hidden = !state.waiting;
  };
  // The app renders the notices after the wasm has loaded: apply the state once they exist.
  const untilRendered = new MutationObserver(() => {
    if (document.getElementById('frakoblet')) {
      untilRendered.disconnect();
      apply();
    }
  });
  untilRendered.observe(document.documentElement, { childList: true, subtree: true });
  const askNetwork = () => navigator.serviceWorker.controller?.postMessage('arbeidsgivermonitor:network?');
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (event.data?.type === 'arbeidsgivermonitor:network') {
      state.offline = !event.data.online;
      apply();
    }
  });
  addEventListener('online', askNetwork);
  addEventListener('offline', () => {
    state.offline = true;
    apply();
  });
  document.addEventListener('click', (event) => {
    if (event.target.closest?.('#oppdater') && state.waiting) {
      state.updating = true;
      state.waiting.postMessage('arbeidsgivermonitor:update');
    }
  });
  // A new version of this page's worker taking over (the update was accepted here or in another
  // tab): this page's files may be gone with the old version's cache, so it reloads. A worker
  // taking over an uncontrolled page, or one of a narrower scope taking over from a site-wide
  // one (a copy of the explorer in a sub-folder), changes nothing on it.
  let controller = navigator.serviceWorker.controller?.scriptURL ?? null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const now = navigator.serviceWorker.controller?.scriptURL ?? null;
    if (state.updating || (controller !== null && controller === now)) location.reload();
    else askNetwork();
    controller = now;
  });
  const waitFor = (worker) => {
    const ready = () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) {
        state.waiting = worker;
        apply();
      }
    };
    worker.addEventListener('statechange', ready);
    ready();
  };
  const register = () =>
    navigator.serviceWorker
      .register('./sw.js')
      .then((registration) => {
        if (registration.waiting) waitFor(registration.waiting);
        registration.addEventListener('updatefound', () => registration.installing && waitFor(registration.installing));
        askNetwork();
      })
      .catch(() => {});
  // Once the page has loaded and is idle, so that the worker's install (it fetches what the
  // page has not) does not compete with the first render.
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register, 1000));
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
})();
