/**
 * The columns worker (started by columns-worker-client.ts): downloads, parses and decodes columns.json
 * away from the page's main thread, which at 100,000 articles would otherwise spend long tasks on it.
 */
import type { ColumnsRequest } from './columns-worker-messages';
import { replyTo } from './columns-worker-reply';

addEventListener('message', (event: MessageEvent<ColumnsRequest>) => {
  void replyTo(event.data).then(({ reply, transfer }) => postMessage(reply, { transfer }));
});
