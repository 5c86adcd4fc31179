// Browser glue for embedding (`?embed=1`): marks the page for the stylesheet and tells the host
// page its content height, as { type: 'arbeidsgivermonitor:height', height } (see src/embed.rs
// for the host script). It sends only its height, and listens to no messages.
(() => {
  if (!/(^|[?&])embed=(1|true)(&|$)/.test(location.search)) return;
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
    new MutationObserver(send).observe(document.body, { childList: true, subtree: true, attributes: true });
  }
})();
