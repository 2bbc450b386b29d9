import { z } from 'zod';
import { article } from './article-schema';

/**
 * The article format as a JSON Schema document, in its input form: what Broadsheet accepts from
 * other tools (derived fields may be left out). Ingest's own output always has every field.
 */
export function articleJsonSchema(): string {
  const schema = z.toJSONSchema(article, { io: 'input', target: 'draft-2020-12' });
  const document = {
    $id: 'https://broadsheet.invalid/schemas/article.schema.json',
    title: 'Broadsheet article',
    description:
      'One news article as Broadsheet ingests and serves it. Two checks are not expressible here and are made by ingest: dates must be real calendar days, and heading ids unique within the article.',
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
