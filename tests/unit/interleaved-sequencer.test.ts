import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUSY_UNIT_FILES } from '../setup/interleaved-sequencer';

const PROJECT = join(import.meta.dirname, '../..');

describe('the interleaved sequencer', () => {
  it('names busy unit files that exist (a renamed one would silently lose its place)', () => {
    expect(BUSY_UNIT_FILES.filter((path) => !existsSync(join(PROJECT, path)))).toEqual([]);
  });
});
