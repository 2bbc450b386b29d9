import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleJsonSchema } from './article-json-schema';

describe('the published JSON Schema', () => {
  it('is exactly what the zod schema generates (run `npm run schema` after changing the format)', () => {
    const committed = readFileSync(new URL('./article.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(articleJsonSchema());
  });
});
