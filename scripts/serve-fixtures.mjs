#!/usr/bin/env node
// Serves the built chat-page fixtures (tests/fixtures/dist) on http://127.0.0.1:<port>/.
// Usage: node scripts/serve-fixtures.mjs [port]   (or FIXTURES_PORT=...; default 5178; 0 picks a free port)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../tests/fixtures/dist', import.meta.url)));
const port = Number(process.argv[2] ?? process.env.FIXTURES_PORT ?? 5178);
const host = '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve-fixtures: invalid port "${process.argv[2] ?? process.env.FIXTURES_PORT}"`);
  process.exit(2);
}

try {
  await stat(join(root, 'index.html'));
} catch {
  console.error(`serve-fixtures: ${root}/index.html is missing; run "npm run build:fixtures" first.`);
  process.exit(1);
}

/** Maps a URL path to a file inside root, or null when it would leave root. */
function fileFor(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const relative = normalize(decoded.endsWith('/') ? `${decoded}index.html` : decoded).replace(/^([/\\])+/, '');
  const file = resolve(root, relative);
  return file === root || file.startsWith(root + sep) ? file : null;
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', `http://${host}`);
  const file = fileFor(url.pathname);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  if (file === null) {
    response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('Forbidden');
    return;
  }
  try {
    const body = await readFile(file);
    response.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
  }
});

server.on('error', (error) => {
  const reason = error.code === 'EADDRINUSE' ? `port ${port} is already in use` : error.message;
  console.error(`serve-fixtures: cannot listen on http://${host}:${port}/: ${reason}`);
  process.exit(1);
});

server.listen(port, host, () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  console.log(`serve-fixtures: http://${host}:${actualPort}/ (from ${root})`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
