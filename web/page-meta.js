// The files the page names in its manifest, `<meta name="agm-files" content="{…}">`, written by
// scripts/post-build.mjs (step «manifest»; issue 23): one JSON object,
//
//   { "kart": "./kart-<hash>.svg",                                  the map geometry
//     "kart-view": { "file": "./map-view-<hash>.js", "integrity": "sha384-…" },
//     "egne-data-view": { "file": "./own-data-view-<hash>.js", "integrity": "sha384-…" },
//     "kart-worker": { "nb": "./map-worker_loader-<hash>.js", "nn": …, "en": … },
//     "import-worker": { "nb": …, "nn": …, "en": … },
//     "xlsx-reader": "./xlsx-reader_loader-<hash>.js" }
//
// (a build may lack the import code and the other languages: the hostile-label build does).
// src/app/browser.rs reads `kart-view` and `egne-data-view` from the same element.

const manifest = (() => {
  try {
    return JSON.parse(document.querySelector('meta[name="agm-files"]')?.getAttribute('content') ?? '{}');
  } catch {
    return {};
  }
})();

/// The file the manifest names `name`, or '' when it names none.
export const named = (name) => (typeof manifest[name] === 'string' ? manifest[name] : '');

/// The worker `name` in the page's language (`<html lang>`, set by the page at its start), or
/// bokmål's: `kart-worker` → its nynorsk loader on a nynorsk page.
export const inPageLanguage = (name) => {
  const languages = manifest[name] ?? {};
  return languages[document.documentElement.lang] ?? languages.nb ?? '';
};
