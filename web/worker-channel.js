// One worker and the requests sent to it, for the page's scripts that start one (web/map-view.js,
// web/own-data-view.js; issue 23): each request gets an id and its replies go to its handler
// (several while a reply says more are to come), the worker is started on the first request,
// and one that fails or cannot start answers every waiting request with `unavailable`; the next
// request starts it anew. `stop` ends it with whatever it was doing.
//
//   const channel = workerChannel({ url: () => address, unavailable: {…}, more: (reply) => bool,
//                                   started: () => {…} })
//   channel.send(message, onReply, before)   before(post): messages to send first, if any
//   channel.stop()
export function workerChannel({ url, unavailable, more = () => false, started = () => {} }) {
  let worker = null;
  const waiting = new Map();
  let nextId = 0;

  const fail = () => {
    worker = null;
    const handlers = [...waiting.values()];
    waiting.clear();
    for (const handler of handlers) handler(unavailable);
  };

  const start = () => {
    try {
      worker = new Worker(url());
    } catch {
      worker = null;
      return false;
    }
    worker.onmessage = (event) => {
      const handler = waiting.get(event.data.id);
      if (!more(event.data)) waiting.delete(event.data.id);
      handler?.(event.data);
    };
    // After the current task: the worker may be dropped from inside its own handler.
    worker.onerror = () => setTimeout(fail);
    started();
    return true;
  };

  return {
    send(message, onReply, before) {
      if (!worker && !start()) return onReply(unavailable);
      before?.((first) => worker.postMessage(first));
      message.id = ++nextId;
      waiting.set(message.id, onReply);
      worker.postMessage(message);
    },
    stop() {
      worker?.terminate();
      worker = null;
      waiting.clear();
    },
  };
}
