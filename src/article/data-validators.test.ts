import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_VALIDATORS } from './data-validators';

describe("the reader's data checks", () => {
  it.each(GENERATED_VALIDATORS)(
    '$path is exactly what the zod schemas generate (run `npm run schema` after changing a format)',
    ({ path, text }) => {
      expect(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')).toBe(text());
    },
  );
});
