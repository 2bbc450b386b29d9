import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import weights from '../../src/ingest/understand/speaker-weights.json' with { type: 'json' };
import { SPEAKER_FEATURE_NAMES } from '../../src/ingest/understand/speaker-features';
import { speakerExamples } from './speaker-examples';
import { trainSpeakerWeights } from './train';

const root = join(import.meta.dirname, '../..');
// The real set's texts are built, not committed (tests/eval/real/README.md): without them there is nothing to re-train on.
const built = existsSync(join(root, 'tests/eval/real/articles/treasury')) && existsSync(join(root, 'tests/eval/real/articles/extra'));

describe('the speaker model', () => {
  it('has one committed weight per feature in use', () => {
    expect(weights.features).toEqual([...SPEAKER_FEATURE_NAMES]);
    expect(weights.weights).toHaveLength(SPEAKER_FEATURE_NAMES.length);
    expect(weights.threshold).toBeGreaterThan(0);
  });

  it.runIf(built)('has the weights that training on the labelled articles gives', { timeout: 120_000 }, () => {
    const trained = trainSpeakerWeights(speakerExamples(root));
    trained.forEach((weight, i) => expect(weight).toBeCloseTo(weights.weights[i] ?? NaN, 3));
  });
});
