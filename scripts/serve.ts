/**
 * npm start: serves the built site (dist/) as a static host with an SPA fallback would, with the
 * response headers the build wrote into dist/_headers (src/server/header-policy.ts).
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { HEADERS_FILE, parseHeadersFile } from '../src/server/headers-file.ts';
import { siteHandler } from '../src/server/site-handler.ts';

const USAGE = `Usage: npm start [-- --help]

Serves the built site (run npm run build first) on http://localhost:<PORT>.

Environment:
  PORT       the port to listen on (default 4173; 0 picks a free one)
  BASE_PATH  the sub-path the site was built for, e.g. /news/ (default /)
  DIST_DIR   the built site (default dist)

Only GET and HEAD are answered (405 otherwise). The response headers (caching, Content-Security-Policy
and the other security headers) are the ones the build wrote into <DIST_DIR>/_headers.`;

function usageError(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

let help = false;
try {
  help = parseArgs({ options: { help: { type: 'boolean', short: 'h' } } }).values.help ?? false;
} catch (error) {
  usageError((error as Error).message);
}
if (help) {
  console.log(USAGE);
  process.exit(0);
}

const portText = process.env.PORT ?? '4173';
if (!/^\d+$/.test(portText) || Number(portText) > 65_535) usageError(`PORT must be a port number (0-65535), not "${portText}"`);
const port = Number(portText);
const base = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const distDir = resolve(process.env.DIST_DIR ?? 'dist');
if (!existsSync(join(distDir, 'index.html'))) {
  console.error(`No built site in ${distDir}: run npm run build first.`);
  process.exit(1);
}
const headersPath = join(distDir, HEADERS_FILE);
if (!existsSync(headersPath)) {
  console.error(`No ${HEADERS_FILE} in ${distDir}: it was built by an older version; run npm run build again.`);
  process.exit(1);
}
let rules;
try {
  rules = parseHeadersFile(readFileSync(headersPath, 'utf8'), headersPath);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

// The rules name the sub-path the site was built for (its first rule is every path under it).
const builtFor = rules[0]?.path.replace(/\*$/, '');
if (builtFor !== base) {
  console.error(`${headersPath} is for a site built for ${builtFor}, not ${base}: set BASE_PATH=${builtFor}, or build again.`);
  process.exit(1);
}

const server = createServer(siteHandler({ distDir, base, rules }));
server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') console.error(`port ${port} is in use; set PORT to another port`);
  else if (error.code === 'EACCES') console.error(`port ${port} needs more privileges than this user has; set PORT to another port`);
  else console.error(`could not serve on port ${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, () => {
  const address = server.address();
  const listening = typeof address === 'object' && address ? address.port : port;
  console.log(`Broadsheet is being served at http://localhost:${listening}${base}`);
});
