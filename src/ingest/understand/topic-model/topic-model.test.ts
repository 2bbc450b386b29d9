import { describe, expect, it } from 'vitest';
import { iptcTopic } from '../../taxonomy/taxonomy';
import { classProbabilities, topicModel } from './topic-model';
import { topicTokens } from './topic-tokens';

const likeliest = (text: string): string[] => {
  const probabilities = classProbabilities([{ text, weight: 1 }]);
  return probabilities.reduce((best, each) => (each.probability > best.probability ? each : best)).topics;
};

describe('the learned topic model', () => {
  it('loads once, with a row of weights per word and class, every class a real IPTC top-level topic', () => {
    const model = topicModel();
    expect(topicModel()).toBe(model);
    expect(model.weights).toHaveLength(model.words.length * model.classes.length);
    expect(model.words.length).toBeGreaterThan(1000);
    for (const topics of model.classes) for (const qcode of topics) expect(iptcTopic(qcode)?.depth).toBe(0);
  });

  it.each([
    [
      'medtop:15000000',
      'United beat City 2-1 in the league on Saturday. The striker scored twice in the second half and the goalkeeper saved a late penalty; the coach said the team deserved the win before next week’s cup final.',
    ],
    [
      'medtop:04000000',
      'Shares in the carmaker fell 8% after it cut its profit forecast. The company said sales slowed in China and higher costs hit margins; investors expect the central bank to raise interest rates again as inflation stays high.',
    ],
    [
      'medtop:02000000',
      'A jury found the former mayor guilty of fraud and bribery on Thursday. Prosecutors said he took kickbacks from contractors; the judge will sentence him next month and his lawyer said he would appeal the verdict.',
    ],
    [
      'medtop:16000000',
      'Rebel fighters shelled the city overnight and the army answered with airstrikes on their positions. Dozens of soldiers and civilians were killed in the fighting, and the ceasefire agreed last month has collapsed.',
    ],
    [
      'medtop:13000000',
      'NASA launched a rocket carrying a new space telescope on Monday. Astronomers will use the observatory to study exoplanets and distant galaxies; engineers said the spacecraft’s solar panels deployed as planned.',
    ],
    [
      'medtop:11000000',
      'The opposition party won the parliamentary election, and its leader will be sworn in as prime minister next week. Voter turnout was high; the outgoing president conceded and congratulated the winner on forming a coalition government.',
    ],
  ])('puts %s first for a story about it', (expected, text) => {
    expect(likeliest(text)).toContain(expected);
  });

  it('gives probabilities that sum to 1, sharper the clearer the text', () => {
    const clear = classProbabilities([
      { text: 'The striker scored a goal and the team won the football match in the league cup final.', weight: 1 },
    ]);
    const vague = classProbabilities([
      { text: 'People said on Tuesday that the plan would be ready next year, and that more will follow.', weight: 1 },
    ]);
    for (const probabilities of [clear, vague]) {
      expect(probabilities.reduce((sum, each) => sum + each.probability, 0)).toBeCloseTo(1, 9);
      for (const { probability } of probabilities) expect(probability).toBeGreaterThanOrEqual(0);
    }
    const best = (probabilities: typeof clear): number => Math.max(...probabilities.map((each) => each.probability));
    expect(best(clear)).toBeGreaterThan(0.9);
    expect(best(vague)).toBeLessThan(best(clear));
  });

  it('weighs a part by its weight: a headline counted more moves the answer toward it', () => {
    const body = { text: 'The minister said the election campaign would focus on the economy, taxes and jobs for voters.', weight: 1 };
    const sport = (weight: number): number =>
      classProbabilities([{ text: 'Football club wins the league title', weight }, body]).find((each) =>
        each.topics.includes('medtop:15000000'),
      )?.probability ?? 0;
    expect(sport(3)).toBeGreaterThan(sport(1));
  });

  it('does not guess from a text with too few words it knows', () => {
    expect(classProbabilities([{ text: 'Hello there.', weight: 1 }])).toEqual([]);
    expect(classProbabilities([])).toEqual([]);
  });
});

describe('topicTokens', () => {
  it('reads lower-cased words, keeps hyphens and apostrophes inside, drops possessives and bare numbers', () => {
    expect(topicTokens('NASA’s COVID-19 plan: 2,000 jobs at O’Neill Ltd.')).toEqual([
      'nasa',
      'covid-19',
      'plan',
      'jobs',
      'at',
      "o'neill",
      'ltd',
    ]);
  });
});
