import { errorOf, type ColumnsReply, type ColumnsRequest } from './columns-worker-messages';
import { loadColumns, type DecodedColumns } from './decode-columns';

/**
 * columns.json downloaded, parsed and decoded in the columns worker (at 100,000 articles some 700 KB of
 * JSON and three columns of 100,000 numbers: long tasks a reader on a phone would feel), its typed
 * arrays transferred back without a copy. Where there is no Worker (old browsers, jsdom) or it cannot
 * start, the same loadColumns runs here. Errors are the data errors fetchJson throws, naming `url`.
 */
export async function loadColumnsOffMainThread(url: string, signal?: AbortSignal): Promise<DecodedColumns> {
  const fromWorker = typeof Worker === 'undefined' ? undefined : await loadInWorker(url, signal);
  return fromWorker ?? loadColumns(url, signal);
}

/** The worker's columns, or undefined when the worker could not run (so the page decodes them itself). */
function loadInWorker(url: string, signal: AbortSignal | undefined): Promise<DecodedColumns | undefined> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    let worker: Worker;
    try {
      worker = new Worker(new URL('./columns-worker.ts', import.meta.url), { type: 'module', name: 'columns' });
    } catch {
      resolve(undefined);
      return;
    }
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      stop();
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.addEventListener('message', ({ data }: MessageEvent<ColumnsReply>) => {
      stop();
      if ('columns' in data) resolve(data.columns);
      else reject(errorOf(data.failure, url));
    });
    // Its script did not load or run (a host or policy that refuses workers): not the data's fault.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      stop();
      resolve(undefined);
    });
    // The worker's own URL is under assets/, so it is given the file's absolute URL (sub-path included).
    worker.postMessage({ href: new URL(url, location.href).href } satisfies ColumnsRequest);
  });
}
