// Browser glue for embedding (`?embed=1`): marks the page for the stylesheet and tells the host
// page its content height, as { type: 'arbeidsgivermonitor:height', height } (see src/state/page_options.rs
// for the host script). It sends only its height, and listens to no messages.
// The rule is the app's (src/state/page_options.rs, EMBED_RULE): any `embed` parameter, decoded, without
// ASCII whitespace around it, is 1 or true. tests/embed_rule_cases.json holds the cases both
// must agree on.
(() => {
  const embedded = new URLSearchParams(location.search)
    .getAll('embed')
    .some((value) => ['1', 'true'].includes(value.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '')));
  if (!embedded) return;
  document.documentElement.setAttribute('data-embed', '');
  if (window.parent === window) return;
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'arbeidsgivermonitor:height', height }, '*');
    }
  };
  if ('ResizeObserver' in window) {
    new ResizeObserver(send).observe(document.documentElement);
  } else {
    // An older browser: the height after loading and after each change of the page's size.
    window.addEventListener('load', send);
    window.addEventListener('resize', send);
    // This script runs in <head>, before there is a body: the whole document is observed.
    new MutationObserver(send).observe(document.documentElement, { childList: true, subtree: true, attributes: true });
  }
})();
