import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTextArticle } from '../text/parse-text-article';
import { speakersOf } from './test-blocks';
import { understand } from './understand';

const seed = readFileSync(new URL('../../../content/000_2109c60526df57ad.txt', import.meta.url), 'utf8');

describe('understanding the seed article', () => {
  const understood = understand(parseTextArticle(seed));

  it('gives all three quotations to Jens Stoltenberg', () => {
    const speakers = speakersOf(understood.blocks).map(([, speaker]) => speaker);
    expect(speakers).toEqual(['Jens Stoltenberg', 'Jens Stoltenberg', 'Jens Stoltenberg']);
  });

  it('finds Jens Stoltenberg, NATO, Afghanistan and China', () => {
    expect(understood.entities.people).toEqual(['Jens Stoltenberg']);
    expect(understood.entities.organisations).toContain('NATO');
    expect(understood.entities.places).toEqual(expect.arrayContaining(['Afghanistan', 'China']));
    expect(understood.entities.organisations[0]).toBe('NATO');
  });

  it('has politics and conflict, war and peace in its first three topics', () => {
    const firstThree = understood.topics.slice(0, 3);
    expect(firstThree).toContain('medtop:11000000');
    expect(firstThree).toContain('medtop:16000000');
    for (const topic of understood.topics) expect(understood.topicScores[topic]).toBeGreaterThan(0);
  });
});
