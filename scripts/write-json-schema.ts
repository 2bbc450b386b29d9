/**
 * npm run schema: writes src/article/article.schema.json, the published JSON Schema of the article
 * format, from the zod schema in article-schema.ts, and the reader's data checks generated from the zod
 * schemas (src/article/data-validators.ts). Tests fail when either drifts from the schemas.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { articleJsonSchema } from '../src/article/article-json-schema';
import { GENERATED_VALIDATORS } from '../src/article/data-validators';
import { readCommandLine } from './command-line';

readCommandLine(
  "usage: npm run schema\n\nWrites src/article/article.schema.json, the JSON Schema of the article format, from its zod schema,\nand the reader's data checks (src/data/*.generated.ts) from the zod schemas of the article and index formats.",
  {},
);

const outputs: Array<[path: string, text: string]> = [
  ['../src/article/article.schema.json', articleJsonSchema()],
  ...GENERATED_VALIDATORS.map(({ path, text }): [string, string] => [`../${path}`, text()]),
];
for (const [path, text] of outputs) {
  const target = fileURLToPath(new URL(path, import.meta.url));
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
