import { describe, expect, it } from 'vitest';
import { iptcTopic } from '../taxonomy/taxonomy';
import { blocksOf } from './test-blocks';
import { topLevelOf } from './topic-tree';
import { assignTopics } from './topics';
import { understand } from './understand';

const topicsOf = (title: string, text: string) => understand({ title, blocks: blocksOf(text) });

describe('topics', () => {
  it('puts sport first for a match report', () => {
    const { topics } = topicsOf(
      'Rovers snatch late winner',
      'Rovers scored twice in the last ten minutes to beat Ashgate 4-3 in the league on Saturday. The striker hit the winner after a penalty was saved, and the fans stayed long after the final whistle. The manager praised his players and said the team would fight for the title this season.',
    );
    expect(topics[0]).toBe('medtop:15000000');
  });

  it('puts economy first for a central bank story', () => {
    const { topics } = topicsOf(
      'Central bank raises interest rates',
      'The central bank raised its main interest rate to 2.5 per cent on Thursday to slow inflation, which reached its highest level in a decade. Mortgage costs will rise for households, and the currency strengthened against the euro as markets and investors welcomed the move.',
    );
    expect(topics[0]).toBe('medtop:04000000');
  });

  it('scores top-level topics with probabilities, likeliest first, and finer topics below their parent', () => {
    const { topics, topicScores } = topicsOf(
      'Storm warning',
      'Forecasters issued a red warning for thunderstorms and heavy rain on Tuesday, with temperatures expected to fall by ten degrees as the storm front arrives. Flooding is likely on low roads.',
    );
    const tops = topics.filter((topic) => topLevelOf(topic) === topic);
    const scores = tops.map((topic) => topicScores[topic] ?? -1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1.001);
    for (const topic of topics) expect(topicScores[topic]).toBeGreaterThan(0);
    for (const topic of topics.filter((each) => !tops.includes(each)))
      expect(topicScores[topic]).toBeLessThan(topicScores[topLevelOf(topic)] ?? 0);
    // The learned model's training data files storms under disasters; the word lists know weather: both are listed.
    expect(tops.slice(0, 2).sort()).toEqual(['medtop:03000000', 'medtop:17000000']);
  });

  it('lists a finer topic only with its top-level parent, and only real qcodes', () => {
    const { topics } = topicsOf(
      'Voters go to the polls',
      'The general election campaign ended on Saturday. Voters will elect a new parliament on Sunday, and the election is expected to be close. Every party has promised reform, and the prime minister said the election was about trust. Polling stations open at seven.',
    );
    for (const topic of topics) {
      expect(iptcTopic(topic)).toBeDefined();
      expect(topics).toContain(topLevelOf(topic));
    }
    expect(topics.some((topic) => topic !== topLevelOf(topic))).toBe(true);
  });

  it('reads no topic from a word that several of the taxonomy’s labels share ("incident")', () => {
    const { topics } = topicsOf(
      'Resignation of ministers an unfortunate incident',
      'State Minister Eran Wickramaratne says that the resignation of all the ministers in the government is a very unfortunate incident. “This is a very unfortunate incident,” he said. He said the cabinet and parliament would discuss the resignations.',
    );
    expect(topics[0]).toBe('medtop:11000000');
    expect(topics.filter((topic) => topLevelOf(topic) === 'medtop:03000000')).toEqual([]);
  });

  it('assigns nothing to text without topical words', () => {
    expect(assignTopics([{ text: 'Hello there.', weight: 1 }])).toEqual({ topics: [], topicScores: {} });
  });
});
