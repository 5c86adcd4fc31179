// A minimal static file server for the built site (dist/), for browser tests.
// - `prefix` serves the site under a sub-path, as when embedded in a larger site;
// - every page is sent with the Content-Security-Policy of docs/SECURITY.md (the build's
//   <meta> policy plus `frame-ancestors` and a report endpoint), and violation reports are
//   collected in `cspReports`;
// - files are sent compressed when the browser accepts it, as a real host would: the build's
//   precompressed FILE.br or FILE.gz (scripts/post-build.mjs) when there is one, else gzip made
//   on the fly; `encodings` records what was sent for each path;
// - `redirectToIndex` answers a folder (`/`, `/2019/`) with a redirect to its `index.html`, as
//   some hosts do;
// - files are sent with the caching headers docs/SECURITY.md asks of a host: a hashed file
//   (`NAME-<16 hex>.EXT`) for a year, `immutable`; anything else `no-cache`;
// - `sent` counts the bytes of the bodies sent, as they went over the wire (compressed), and
//   `requests` each path asked for (the first-visit budget test reads them);
// - `setRoot` switches to another build (a redeployment); `close` stops the server.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

const REPORT_PATH = '/__csp-report';
/// A file whose name carries its content hash (scripts/post-build.mjs, Trunk). Trunk writes the
/// hash without its leading zeros, so it is 16 hex digits or a few fewer.
const HASHED = /-[0-9a-f]{10,16}(_bg)?\.[a-z]+$/;

/// The header policy for a built page: its <meta> policy plus what only a header can carry.
export function headerPolicy(html, frameAncestors) {
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/);
  if (!meta) throw new Error('index.html has no Content-Security-Policy <meta> (run the post-build hook)');
  return `${meta[1]}; frame-ancestors ${frameAncestors}; report-uri ${REPORT_PATH}`;
}

export async function startServer({ root = 'dist', prefix = '/', frameAncestors = "'self'", redirectToIndex = false } = {}) {
  let base = path.resolve(root);
  const counted = { sent: 0, requests: [] };
  const cspReports = [];
  const encodings = new Map();
  // Long URLs are allowed (a test sends a link with a hundred thousand values).
  const server = http.createServer({ maxHeaderSize: 4 * 1024 * 1024 }, async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === REPORT_PATH) {
      let body = '';
      for await (const chunk of req) body += chunk;
      cspReports.push(body);
      res.writeHead(204).end();
      return;
    }
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    if (redirectToIndex && url.pathname.endsWith('/')) {
      res.writeHead(302, { location: `${url.pathname}index.html${url.search}` }).end();
      return;
    }
    let relative = decodeURIComponent(url.pathname.slice(prefix.length));
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const file = path.join(base, relative);
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body = await fs.readFile(file);
      const headers = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' };
      // Every build's page has the policy (other test pages of the site need not).
      if (file.endsWith('index.html')) headers['content-security-policy'] = headerPolicy(body.toString('utf8'), frameAncestors);
      // Compressed as any real host would (the size budget is measured the same way).
      const accepted = req.headers['accept-encoding'] ?? '';
      const compressible = !file.endsWith('.png');
      const precompressed = (suffix) => fs.readFile(file + suffix).catch(() => null);
      let encoding = null;
      const br = compressible && /\bbr\b/.test(accepted) ? await precompressed('.br') : null;
      if (br) {
        body = br;
        encoding = 'br';
      } else if (compressible && /\bgzip\b/.test(accepted)) {
        body = (await precompressed('.gz')) ?? zlib.gzipSync(body, { level: 9 });
        encoding = 'gzip';
      }
      if (encoding) {
        headers['content-encoding'] = encoding;
        headers.vary = 'accept-encoding';
      }
      headers['cache-control'] = HASHED.test(path.basename(file)) ? 'public, max-age=31536000, immutable' : 'no-cache';
      encodings.set(url.pathname, encoding);
      counted.sent += body.length;
      counted.requests.push(url.pathname);
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}${prefix}`,
    cspReports,
    encodings,
    /// Bytes of the bodies sent so far (compressed as sent).
    get sent() {
      return counted.sent;
    },
    /// The paths asked for so far, in order.
    get requests() {
      return counted.requests;
    },
    setRoot: (newRoot) => {
      base = path.resolve(newRoot);
    },
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}
