import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { headerRules, IMMUTABLE, REVALIDATE } from './header-policy.ts';
import { formatHeadersFile, HEADERS_FILE } from './headers-file.ts';
import { siteInlineScriptHashes } from './inline-script-hashes.ts';

/**
 * `npm start`'s server (scripts/serve.ts), as its own process, over a small hand-made site with a
 * _headers file written from the header policy as the build writes it.
 */

const INDEX_HTML =
  '<!doctype html><html><head><script>document.documentElement.dataset.booted = "1";</script></head><body><div id="root"></div></body></html>';
/** 100 bytes that say where they stand: byte n is `n % 10`, so any slice names its own offsets. */
const DIGITS = Array.from({ length: 100 }, (_, index) => String(index % 10)).join('');
/** Large and repetitive enough to be compressed. */
const SCRIPT = `export const rows = [${Array.from({ length: 400 }, (_, index) => `"row ${index}"`).join(', ')}];\n`;

let site: string;
beforeAll(async () => {
  site = await makeSite();
});
afterAll(async () => {
  await rm(site, { recursive: true, force: true });
});

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

async function makeSite(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'broadsheet-serve-'));
  await mkdir(join(dir, 'assets'));
  await mkdir(join(dir, 'data'));
  await mkdir(join(dir, 'articles'));
  await writeFile(join(dir, 'index.html'), INDEX_HTML);
  await writeFile(join(dir, 'digits.txt'), DIGITS);
  await writeFile(join(dir, 'assets', 'rows-C0ffee12.js'), SCRIPT);
  await writeFile(join(dir, 'data', 'manifest.json'), '{"articles":1}');
  await writeFile(join(dir, 'articles', 'a-story.html'), INDEX_HTML.replace('<div id="root"></div>', '<main>A story</main>'));
  // A file that cannot be opened (a link to itself): the one request fails, not the server.
  await symlink('loop.txt', join(dir, 'loop.txt'));
  const rules = headerRules({ base: '/', scriptHashes: await siteInlineScriptHashes(dir) });
  await writeFile(join(dir, HEADERS_FILE), formatHeadersFile(rules, 'test site'));
  return dir;
}

function startServer(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The port the server says it serves on (it is started on port 0, which picks a free one). */
async function servedPort(server: ChildProcess): Promise<number> {
  let seen = '';
  return new Promise((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const port = /being served at http:\/\/localhost:(\d+)/.exec(seen)?.[1];
      if (port) resolve(Number(port));
    });
    server.on('exit', (code) => reject(new Error(`the server exited (${code}) before it was ready: ${seen}`)));
  });
}

/** Node's own client: fetch would refuse TRACE, and would decompress the body behind the test's back. */
function request(
  port: number,
  path: string,
  { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = httpRequest({ port, path, method, headers, host: '127.0.0.1' }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end();
  });
}

describe('npm start', () => {
  let server: ChildProcess;
  let port: number;
  let stderr = '';
  const get = (path: string, headers: Record<string, string> = {}) => request(port, path, { headers });
  const range = (value: string, path = '/digits.txt') => get(path, { range: value });

  beforeAll(async () => {
    server = startServer({ PORT: '0', DIST_DIR: site, BASE_PATH: '' });
    server.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    port = await servedPort(server);
  }, 60_000);

  afterAll(() => {
    server?.kill();
  });

  describe('Range (RFC 9110)', () => {
    it('sends one range as 206 with its Content-Range', async () => {
      const answer = await range('bytes=10-14');
      expect(answer.status).toBe(206);
      expect(answer.headers['content-range']).toBe('bytes 10-14/100');
      expect(answer.body.toString()).toBe('01234');
    });

    it('reads bytes=-5 as the last five bytes', async () => {
      const answer = await range('bytes=-5');
      expect(answer.status).toBe(206);
      expect(answer.headers['content-range']).toBe('bytes 95-99/100');
      expect(answer.body.toString()).toBe('56789');
    });

    it('sends bytes=0-0 as the first byte alone', async () => {
      const answer = await range('bytes=0-0');
      expect([answer.status, answer.headers['content-range'], answer.body.toString()]).toEqual([206, 'bytes 0-0/100', '0']);
    });

    it('sends an open range to the end of the file', async () => {
      const answer = await range('bytes=95-');
      expect([answer.status, answer.headers['content-range'], answer.body.toString()]).toEqual([206, 'bytes 95-99/100', '56789']);
    });

    it('cuts an end beyond the file to its last byte', async () => {
      const answer = await range('bytes=98-5000');
      expect([answer.status, answer.headers['content-range'], answer.body.toString()]).toEqual([206, 'bytes 98-99/100', '89']);
    });

    it.each(['bytes=5-2', 'bytes=100-', 'bytes=5000-6000', 'bytes=-0'])('answers %s, which no byte satisfies, with 416', async (value) => {
      const answer = await range(value);
      expect(answer.status).toBe(416);
      expect(answer.headers['content-range']).toBe('bytes */100');
    });

    it.each(['bytes=abc', 'items=0-5', 'bytes='])('ignores a malformed header (%s) and sends the whole file', async (value) => {
      const answer = await range(value);
      expect(answer.status).toBe(200);
      expect(answer.body.toString()).toBe(DIGITS);
    });

    it('answers several ranges with the whole file', async () => {
      const answer = await range('bytes=0-1,50-51');
      expect(answer.status).toBe(200);
      expect(answer.body.toString()).toBe(DIGITS);
    });

    it('never compresses a range: its Content-Range counts the file’s own bytes', async () => {
      const whole = await get('/assets/rows-C0ffee12.js', { 'accept-encoding': 'gzip' });
      expect(whole.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(whole.body).toString()).toBe(SCRIPT);
      const part = await get('/assets/rows-C0ffee12.js', { 'accept-encoding': 'gzip', range: 'bytes=7-18' });
      expect(part.status).toBe(206);
      expect(part.headers['content-encoding']).toBeUndefined();
      expect(part.body.toString()).toBe(SCRIPT.slice(7, 19));
    });

    it('still answers after every bad header above', async () => {
      const answer = await get('/digits.txt');
      expect([answer.status, answer.body.toString()]).toEqual([200, DIGITS]);
      expect(server.exitCode).toBeNull();
    });
  });

  describe('methods', () => {
    it.each(['POST', 'PUT', 'DELETE', 'TRACE', 'OPTIONS', 'PATCH'])(
      'answers %s with 405 and Allow: GET, HEAD, never the file',
      async (method) => {
        const answer = await request(port, '/index.html', { method });
        expect(answer.status).toBe(405);
        expect(answer.headers.allow).toBe('GET, HEAD');
        expect(answer.body.toString()).not.toContain('<html');
      },
    );

    it('answers HEAD with the headers and no body', async () => {
      const answer = await request(port, '/digits.txt', { method: 'HEAD' });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-length']).toBe('100');
      expect(answer.body.length).toBe(0);
    });
  });

  describe('headers', () => {
    const security = (answer: Answer) => ({
      nosniff: answer.headers['x-content-type-options'],
      frames: answer.headers['x-frame-options'],
      referrer: answer.headers['referrer-policy'],
      frameAncestors: /frame-ancestors 'none'/.test(String(answer.headers['content-security-policy'])),
    });
    const secure = { nosniff: 'nosniff', frames: 'DENY', referrer: 'no-referrer', frameAncestors: true };

    it('revalidates the pages and allows their inline script by its hash', async () => {
      for (const path of ['/', '/index.html', '/articles/a-story', '/topics/politics', '/saved?topic=health']) {
        const answer = await get(path);
        expect(answer.status, path).toBe(200);
        expect(answer.headers['cache-control'], path).toBe(REVALIDATE);
        expect(security(answer), path).toEqual(secure);
      }
      const page = await get('/');
      expect(page.headers['content-security-policy']).toContain(`'sha256-${(await siteInlineScriptHashes(site))[0]}'`);
      expect(page.headers['content-security-policy']).not.toMatch(/https?:/);
    });

    it('revalidates data, and a missing data file is a real 404', async () => {
      const data = await get('/data/manifest.json');
      expect([data.status, data.headers['cache-control'], data.headers['content-type']]).toEqual([
        200,
        REVALIDATE,
        'application/json; charset=utf-8',
      ]);
      const missing = await get('/data/articles/missing.json');
      expect([missing.status, missing.headers['cache-control']]).toEqual([404, REVALIDATE]);
      expect(security(missing)).toEqual(secure);
    });

    it('lets hashed assets be cached for a year', async () => {
      const answer = await get('/assets/rows-C0ffee12.js');
      expect(answer.headers['cache-control']).toBe(IMMUTABLE);
      expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(security(answer)).toEqual(secure);
    });

    it('answers a missing asset with a 404 that is not cached, never with the app’s page', async () => {
      const answer = await get('/assets/rows-0ldChunk.js');
      expect([answer.status, answer.headers['cache-control']]).toEqual([404, REVALIDATE]);
      expect(answer.body.toString()).not.toContain('<html');
    });

    it('does not publish _headers, as the hosts do not', async () => {
      const answer = await get(`/${HEADERS_FILE}`);
      expect(answer.body.toString()).toBe(INDEX_HTML);
    });
  });

  it('answers a request that fails inside with 500 and goes on serving', async () => {
    const failed = await get('/loop.txt');
    expect(failed.status).toBe(500);
    // The server logs the failure on its own stderr, which can reach us after the response does.
    await vi.waitFor(() => expect(stderr).toContain('request failed'));
    expect((await get('/digits.txt')).status).toBe(200);
    expect(server.exitCode).toBeNull();
  });
});

describe('npm start, on the command line', () => {
  const run = async (env: NodeJS.ProcessEnv, args: string[] = []) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = await once(child, 'exit');
    return { code: code as number, stdout, stderr };
  };

  it('says in one line that a busy port is busy, and exits 1', async () => {
    const holder = createServer().listen(0);
    await once(holder, 'listening');
    const port = (holder.address() as { port: number }).port;
    try {
      const { code, stderr } = await run({ PORT: String(port), DIST_DIR: site });
      expect(code).toBe(1);
      expect(stderr).toBe(`port ${port} is in use; set PORT to another port\n`);
    } finally {
      holder.close();
    }
  }, 30_000);

  it('prints its usage for --help', async () => {
    const { code, stdout } = await run({}, ['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: npm start');
    expect(stdout).toContain('PORT');
  }, 30_000);

  it('refuses a PORT that is not a port, and an unknown option, with exit 2', async () => {
    expect((await run({ PORT: 'eighty', DIST_DIR: site })).stderr).toMatch(/^PORT must be a port number/);
    expect((await run({ DIST_DIR: site }, ['--bogus'])).code).toBe(2);
  }, 30_000);

  it('says when BASE_PATH is not the sub-path the site was built for', async () => {
    const { code, stderr } = await run({ PORT: '0', DIST_DIR: site, BASE_PATH: '/news/' });
    expect(code).toBe(1);
    expect(stderr).toContain('is for a site built for /, not /news/: set BASE_PATH=/');
  }, 30_000);

  it('names a site built without _headers', async () => {
    const old = await mkdtemp(join(tmpdir(), 'broadsheet-old-'));
    try {
      await writeFile(join(old, 'index.html'), await readFile(join(site, 'index.html')));
      const { code, stderr } = await run({ PORT: '0', DIST_DIR: old });
      expect(code).toBe(1);
      expect(stderr).toContain(`No ${HEADERS_FILE} in ${old}`);
    } finally {
      await rm(old, { recursive: true, force: true });
    }
  }, 30_000);
});
