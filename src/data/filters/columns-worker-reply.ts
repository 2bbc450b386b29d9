import { failureOf, type ColumnsReply, type ColumnsRequest } from './columns-worker-messages';
import { loadColumns } from './decode-columns';

/**
 * The columns worker's answer to a request: the decoded columns, with their buffers to transfer (they
 * move to the page, no copy is made), or the failure.
 */
export async function replyTo({ href }: ColumnsRequest): Promise<{ reply: ColumnsReply; transfer: Transferable[] }> {
  try {
    const columns = await loadColumns(href);
    return {
      reply: { columns },
      transfer: [columns.days, columns.topicSetOfArticle, columns.topicSetStarts, columns.topicSetTopics].map((column) => column.buffer),
    };
  } catch (error) {
    return { reply: { failure: failureOf(error) }, transfer: [] };
  }
}
