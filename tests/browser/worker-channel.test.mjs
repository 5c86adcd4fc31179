// web/worker-channel.js (issue 23), the worker messaging web/map-view.js and
// web/own-data-view.js share, under Node with a stand-in Worker: ids, several replies while a
// reply says more follow, a failure answering every waiting request, a new worker after a
// failure or `stop`, and a worker that cannot start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workerChannel } from '../../web/worker-channel.js';

/// Stand-in workers: each records what it is sent; `reply` answers as the worker would.
function standIns() {
  const made = [];
  globalThis.Worker = class {
    constructor(url) {
      if (url === 'offline') throw new Error('cannot start');
      this.url = url;
      this.sent = [];
      this.terminated = false;
      made.push(this);
    }
    postMessage(message) {
      this.sent.push(message);
    }
    terminate() {
      this.terminated = true;
    }
    reply(data) {
      this.onmessage({ data });
    }
  };
  return made;
}

test('svar går til sin forespørsel; framdrift gir flere svar; en feil svarer alle som venter', async () => {
  const made = standIns();
  let starts = 0;
  const channel = workerChannel({ url: () => 'w.js', unavailable: { kind: 'unavailable' }, more: (r) => r.step != null, started: () => starts++ });
  const replies = { a: [], b: [] };
  channel.send({ kind: 'a' }, (r) => replies.a.push(r), (post) => post({ kind: 'first' }));
  channel.send({ kind: 'b' }, (r) => replies.b.push(r));
  const [worker] = made;
  assert.deepEqual(worker.sent, [{ kind: 'first' }, { kind: 'a', id: 1 }, { kind: 'b', id: 2 }]);
  worker.reply({ id: 2, step: 1 });
  worker.reply({ id: 2, step: 2 });
  worker.reply({ id: 2, kind: 'done' });
  worker.reply({ id: 2, kind: 'late' });
  assert.deepEqual(replies.b, [{ id: 2, step: 1 }, { id: 2, step: 2 }, { id: 2, kind: 'done' }]);
  // The worker fails: the waiting request is answered, and the next starts a new worker.
  worker.onerror();
  await new Promise((resolve) => setTimeout(resolve));
  assert.deepEqual(replies.a, [{ kind: 'unavailable' }]);
  channel.send({ kind: 'c' }, () => {});
  assert.equal(made.length, 2);
  assert.equal(starts, 2);
  // `stop` ends it; waiting requests are dropped; the next request starts another.
  const dropped = [];
  channel.send({ kind: 'd' }, (r) => dropped.push(r));
  channel.stop();
  assert.equal(made[1].terminated, true);
  made[1].onmessage({ data: { id: 4 } });
  assert.deepEqual(dropped, []);
  channel.send({ kind: 'e' }, () => {});
  assert.equal(made.length, 3);
});

test('en arbeider som ikke kan startes, svarer «unavailable» med en gang', () => {
  standIns();
  const channel = workerChannel({ url: () => 'offline', unavailable: { error: 'unavailable' } });
  const replies = [];
  channel.send({ kind: 'x' }, (r) => replies.push(r));
  assert.deepEqual(replies, [{ error: 'unavailable' }]);
});
