// What the page names in its <meta> elements (scripts/post-build.mjs writes them): a file of the
// build by its role, and, for the workers that speak, the one in the page's language (issue 14).

/// The file the page names `name`, or '' when it names none.
export const named = (name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';

/// The worker `name` in the page's language (`<html lang>`, set by the page at its start):
/// `agm-kart-worker-nn` on a nynorsk page, bokmål's `agm-kart-worker` otherwise.
export const inPageLanguage = (name) => {
  const lang = document.documentElement.lang;
  return (lang !== 'nb' && named(`${name}-${lang}`)) || named(name);
};
