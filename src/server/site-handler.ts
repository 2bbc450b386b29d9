import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import compression from 'compression';
import send from 'send';
import { type HeaderRule, headersForPath, REVALIDATE } from './header-policy.ts';
import { HEADERS_FILE } from './headers-file.ts';

export type SiteOptions = {
  /** The built site. */
  distDir: string;
  /** The sub-path it was built for, `/` or `/news/`. */
  base: string;
  /** The response headers, as `_headers` gives them (paths include the base). */
  rules: readonly HeaderRule[];
};

type Next = (error?: unknown) => void;

/**
 * Answers requests for the built site the way a static host with an SPA fallback does (README, "Deploying
 * to a static host"): a file, `<path>.html` for a page's address, or index.html for any other address,
 * except under data/, where a missing file is a real 404 (the reader tells a missing article from a
 * broken one). Compressed, so that what the benchmarks measure is what a CDN would send.
 *
 * Files and byte ranges are served by `send` (Express's), which parses Range with range-parser as RFC 9110
 * asks: `bytes=-5` is the last five bytes, an end beyond the file is cut to it, a range that no byte
 * satisfies is 416 with `Content-Range: bytes *\/<size>`, a malformed header or several ranges get the
 * whole file. (sirv, used before, split the header on "-" itself: `bytes=5-2` crashed the process and
 * `bytes=-5` sent the first six bytes, and no option of it changes that.)
 */
export function siteHandler({ distDir, base, rules }: SiteOptions): RequestListener {
  // A part of a file is sent as it is: compressing it would leave Content-Range counting the wrong bytes.
  const compress = compression({ filter: (request, response) => response.statusCode !== 206 && compression.filter(request, response) });
  return (request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      fail(response, error);
    }
  };

  function handle(request: IncomingMessage, response: ServerResponse): void {
    // A static site has nothing to post, put or delete; TRACE and OPTIONS are not answered either.
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
      return;
    }
    const url = request.url ?? '/';
    const pathname = url.split('?')[0]!;
    if (!pathname.startsWith(base) && `${pathname}/` !== base) {
      response.writeHead(302, { location: base }).end();
      return;
    }
    for (const [name, value] of Object.entries(headersForPath(rules, pathname))) response.setHeader(name, value);
    // Served as if the site stood at the root, whatever sub-path it was built for.
    const path = `/${pathname.slice(base.length)}`;
    const next: Next = (error) => (error ? fail(response, error) : notFound(request, response, path));
    compress(request as never, response as never, (error?: unknown) => (error ? next(error) : serveFile(request, response, path, next)));
  }

  function serveFile(request: IncomingMessage, response: ServerResponse, path: string, next: Next): void {
    // The hosts read _headers and do not publish it; neither does this server.
    if (path === `/${HEADERS_FILE}`) {
      next();
      return;
    }
    send(request, path, { root: distDir, extensions: ['html'], index: ['index.html'], dotfiles: 'ignore', cacheControl: false })
      .on('error', (error: { status?: number }) => {
        if (error.status === 404) next();
        else if (error.status && error.status < 500) answer(response, error.status);
        else next(error);
      })
      // A folder (`/articles`) is not a page: the same as a missing file, unless a page of that name stands
      // beside it (`/people` is people.html, beside the people/ of each speaker's page), as nginx's
      // `try_files $uri $uri.html` and the static hosts answer too.
      .on('directory', () => (path.endsWith('/') ? next() : serveFile(request, response, `${path}.html`, next)))
      .pipe(response);
  }

  function notFound(request: IncomingMessage, response: ServerResponse, path: string): void {
    // A missing data file or code file is a real 404: index.html in its place would be read as JSON or as a
    // module (a chunk of an older build, say) and fail in a way that says less.
    if (path.startsWith('/data/') || path.startsWith('/assets/') || path === '/index.html') {
      answer(response, 404);
      return;
    }
    // Any other address is one of the reader's views: the app's page, which draws it.
    response.setHeader('Cache-Control', headersForPath(rules, `${base}index.html`)['Cache-Control']!);
    serveFile(request, response, '/index.html', (error) => (error ? fail(response, error) : answer(response, 404)));
  }
}

const REASONS: Record<number, string> = {
  400: 'Bad request',
  403: 'Forbidden',
  404: 'Not found',
  412: 'Precondition failed',
  416: 'Range not satisfiable',
};

/**
 * A short plain-text answer; the headers already set (the policy's, a 416's Content-Range) are kept, but
 * not a file's caching: an error is never kept for a year, even under assets/.
 */
function answer(response: ServerResponse, status: number): void {
  for (const name of ['content-length', 'content-encoding', 'etag', 'last-modified', 'accept-ranges']) response.removeHeader(name);
  response.setHeader('cache-control', REVALIDATE);
  response.statusCode = status;
  response.setHeader('content-type', 'text/plain; charset=utf-8');
  response.end(`${REASONS[status] ?? 'Error'}\n`);
}

/** Whatever went wrong in one request is that request's 500, logged; the server goes on answering others. */
function fail(response: ServerResponse, error: unknown): void {
  console.error(`request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  if (response.headersSent) response.destroy();
  else {
    response.statusCode = 500;
    response.setHeader('content-type', 'text/plain; charset=utf-8');
    response.end('Internal server error\n');
  }
}
