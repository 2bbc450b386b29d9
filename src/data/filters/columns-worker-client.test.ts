import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataMalformed, DataNotFound, DataUnavailable } from '../data-errors';
import { loadColumnsOffMainThread } from './columns-worker-client';
import type { ColumnsRequest } from './columns-worker-messages';
import { replyTo } from './columns-worker-reply';
import { decodeColumns } from './decode-columns';

const FILE = { dayGaps: [19_000, 0, 3, 1], topicSets: [[0], [0, 2], [1]], topicSetOfArticle: [1, 0, 2, 1] };
const URL_ = '/news/data/index/columns.json';
const HREF = 'http://localhost/news/data/index/columns.json';

/** Answers every request with columns.json, or with this response instead. */
function serveColumns(answer: () => Promise<Response> = async () => Response.json(FILE)): string[] {
  const requests: string[] = [];
  vi.stubGlobal('fetch', (input: string) => {
    requests.push(input);
    return answer();
  });
  return requests;
}

/**
 * Stands in for the browser's Worker (Node and jsdom have none): the worker's own reply, delivered as
 * postMessage delivers it (a structured clone, the transfer list moved). `start` says how it behaves.
 */
function standInWorker(start: 'replies' | 'fails to load' | 'never replies' = 'replies') {
  const started: Array<{ url: URL; options: WorkerOptions; requests: ColumnsRequest[]; terminated: boolean; transferred: ArrayBuffer[] }> =
    [];
  class StandIn extends EventTarget {
    readonly state;
    constructor(url: URL, options: WorkerOptions) {
      super();
      this.state = { url, options, requests: [] as ColumnsRequest[], terminated: false, transferred: [] as ArrayBuffer[] };
      started.push(this.state);
    }
    postMessage(request: ColumnsRequest) {
      this.state.requests.push(request);
      if (start === 'fails to load') queueMicrotask(() => this.dispatchEvent(new Event('error', { cancelable: true })));
      if (start !== 'replies') return;
      void replyTo(request).then(({ reply, transfer }) => {
        if (this.state.terminated) return;
        this.state.transferred.push(...(transfer as ArrayBuffer[]));
        this.dispatchEvent(new MessageEvent('message', { data: structuredClone(reply, { transfer }) }));
      });
    }
    terminate() {
      this.state.terminated = true;
    }
  }
  vi.stubGlobal('Worker', StandIn);
  vi.stubGlobal('location', new URL('http://localhost/news/topics/politics?from=2020-01-01'));
  return started;
}

afterEach(() => vi.unstubAllGlobals());

describe('columns.json decoded in the columns worker', () => {
  it('asks the worker for the file’s absolute URL, and takes its typed columns without a copy', async () => {
    const requests = serveColumns();
    const started = standInWorker();
    const columns = await loadColumnsOffMainThread(URL_);
    expect(columns).toEqual(decodeColumns(FILE, URL_));
    expect(started).toHaveLength(1);
    const [worker] = started;
    expect(worker!.url.pathname).toMatch(/columns-worker\.ts$/);
    expect(worker!.options.type).toBe('module');
    expect(worker!.requests).toEqual([{ href: HREF }]);
    expect(requests).toEqual([HREF]);
    // The worker's buffers moved to the page (detached there), and the worker is stopped.
    expect(worker!.transferred.map((buffer) => buffer.byteLength)).toEqual([0, 0, 0, 0]);
    expect(worker!.terminated).toBe(true);
  });

  it('fails as if the page had fetched the file: the same data errors, naming the page’s URL', async () => {
    standInWorker();
    const answers: Array<() => Promise<Response>> = [
      async () => new Response('Not found', { status: 404 }),
      async () => new Response('{"dayGaps": [', { status: 200 }),
      async () => Response.json({ dayGaps: [] }),
      async () => new Response('', { status: 503 }),
      () => Promise.reject(new TypeError('Failed to fetch')),
    ];
    const errors: unknown[] = [];
    for (const answer of answers) {
      serveColumns(answer);
      errors.push(await loadColumnsOffMainThread(URL_).catch((error: unknown) => error));
    }
    expect(errors).toEqual([
      new DataNotFound(URL_),
      new DataMalformed(URL_, 'it is not valid JSON'),
      new DataMalformed(URL_, 'it is not the article columns'),
      new DataUnavailable(URL_, 503),
      new DataUnavailable(URL_, null),
    ]);
    expect(errors.map((error) => (error as Error).constructor)).toEqual([
      DataNotFound,
      DataMalformed,
      DataMalformed,
      DataUnavailable,
      DataUnavailable,
    ]);
  });

  it('stops the worker when the query is cancelled', async () => {
    serveColumns();
    const started = standInWorker('never replies');
    const controller = new AbortController();
    const loading = loadColumnsOffMainThread(URL_, controller.signal);
    controller.abort();
    await expect(loading).rejects.toThrow(/abort/i);
    expect(started[0]!.terminated).toBe(true);
  });
});

describe('columns.json decoded on the main thread', () => {
  it('where there is no Worker, by the same decoding, fetching the URL as given', async () => {
    const requests = serveColumns();
    expect(typeof Worker).toBe('undefined');
    expect(await loadColumnsOffMainThread(URL_)).toEqual(decodeColumns(FILE, URL_));
    expect(requests).toEqual([URL_]);
    serveColumns(async () => Response.json({ dayGaps: [1], topicSets: [], topicSetOfArticle: [] }));
    await expect(loadColumnsOffMainThread(URL_)).rejects.toThrow(new DataMalformed(URL_, 'its columns differ in length'));
  });

  it('where the worker cannot start', async () => {
    const requests = serveColumns();
    const started = standInWorker('fails to load');
    expect(await loadColumnsOffMainThread(URL_)).toEqual(decodeColumns(FILE, URL_));
    expect(started[0]!.terminated).toBe(true);
    expect(requests).toEqual([URL_]);
  });
});
