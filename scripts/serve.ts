/**
 * npm start: serves dist/ the way a static host with an SPA fallback would, compressed, so that
 * what the benchmarks measure is what a CDN would send.
 *
 *   PORT       (default 4173)
 *   BASE_PATH  the sub-path the site was built for (default /)
 *   DIST_DIR   the built site (default dist)
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

const port = Number(process.env.PORT ?? 4173);
const base = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const distDir = resolve(process.env.DIST_DIR ?? 'dist');
if (!existsSync(resolve(distDir, 'index.html'))) {
  console.error(`No built site in ${distDir}: run npm run build first.`);
  process.exit(1);
}

const compress = compression();
// Hashed assets never change; everything else (data, index.html) is revalidated on each visit.
const assets = sirv(distDir, { immutable: true, maxAge: 31_536_000, dotfiles: false });
const data = sirv(distDir, { etag: true, dotfiles: false });
const site = sirv(distDir, { single: true, dev: false, etag: true, dotfiles: false });
const isHashedAsset = (path: string) => path.startsWith('/assets/');

const server = createServer((request, response) => {
  const url = request.url ?? '/';
  if (!url.startsWith(base) && `${url}/` !== base) {
    response.writeHead(302, { location: base }).end();
    return;
  }
  // Serve the site as if it stood at the root, whatever sub-path it was built for.
  request.url = `/${url.slice(base.length)}`;
  const notFound = () => {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  };
  compress(request as never, response as never, () => {
    const pathname = request.url!.split('?')[0]!;
    if (pathname.startsWith('/data/')) {
      // Missing data is a real 404, never the app's HTML: the reader tells a missing article from a broken one.
      data(request, response, notFound);
    } else if (isHashedAsset(pathname)) assets(request, response, notFound);
    else site(request, response, notFound);
  });
});

server.listen(port, () => console.log(`Broadsheet is being served at http://localhost:${port}${base}`));
