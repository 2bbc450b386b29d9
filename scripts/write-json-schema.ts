/**
 * npm run schema: writes src/article/article.schema.json, the published JSON Schema of the article
 * format, from the zod schema in article-schema.ts. A test fails when the two drift apart.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { articleJsonSchema } from '../src/article/article-json-schema';
import { readCommandLine } from './command-line';

readCommandLine(
  'usage: npm run schema\n\nWrites src/article/article.schema.json, the JSON Schema of the article format, from its zod schema.',
  {},
);

const target = fileURLToPath(new URL('../src/article/article.schema.json', import.meta.url));
writeFileSync(target, articleJsonSchema());
console.log(`wrote ${target}`);
