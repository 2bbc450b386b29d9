import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRealSources } from '../../tests/eval/real/real-sources';
import { classProbabilities } from '../../src/ingest/understand/topic-model/topic-model';
import { fitNaiveBayes } from './naive-bayes';
import { PORTAL_CATEGORIES } from './portal-categories';
import { readPortalDay } from './read-portal';

const day = `---
title: 2025 January 02
---

#### Armed conflicts and attacks

* [Gaza war](https://en.wikipedia.org/wiki/Gaza_war "Gaza war")
  * [Israeli invasion of the Gaza Strip](https://en.wikipedia.org/wiki/X "X")
    * Eleven people are killed in an [Israeli](https://en.wikipedia.org/wiki/Israel "Israel") airstrike. [(BBC News)](https://www.bbc.com/news/articles/cq62dver40yo)
  * Talks resume in *Doha*. [(Reuters)](https://www.reuters.com/a) [(AP)](https://apnews.com/b)

#### Sports

* [Spain](https://en.wikipedia.org/wiki/Spain_%28country%29 "Spain (country)") win the final. [(ESPN)](https://espn.com/c)
`;

describe('readPortalDay', () => {
  it('reads each cited item under its heading, with the story bullets above it and the links it cites', () => {
    expect(readPortalDay('2025-01-02', day)).toEqual([
      {
        day: '2025-01-02',
        heading: 'armed conflicts and attacks',
        text: 'Gaza war. Israeli invasion of the Gaza Strip. Eleven people are killed in an Israeli airstrike.',
        links: ['https://www.bbc.com/news/articles/cq62dver40yo'],
      },
      {
        day: '2025-01-02',
        heading: 'armed conflicts and attacks',
        text: 'Gaza war. Talks resume in Doha.',
        links: ['https://www.reuters.com/a', 'https://apnews.com/b'],
      },
      { day: '2025-01-02', heading: 'sports', text: 'Spain win the final.', links: ['https://espn.com/c'] },
    ]);
  });
});

describe('PORTAL_CATEGORIES', () => {
  it('maps every heading onto IPTC top-level qcodes', () => {
    for (const topics of Object.values(PORTAL_CATEGORIES))
      for (const qcode of topics) expect(qcode).toMatch(/^medtop:(0[1-9]|1[0-7])000000$/);
  });
});

describe('fitNaiveBayes', () => {
  it('learns which words go with which class, centred per word, and classifies new text by them', () => {
    const model = fitNaiveBayes(
      [
        { tokens: ['goal', 'match', 'striker', 'league'], label: 0 },
        { tokens: ['goal', 'penalty', 'match'], label: 0 },
        { tokens: ['shares', 'profit', 'market'], label: 1 },
        { tokens: ['market', 'inflation', 'profit', 'economy'], label: 1 },
      ],
      [['medtop:15000000'], ['medtop:04000000']],
      ['economy', 'goal', 'inflation', 'league', 'market', 'match', 'penalty', 'profit', 'shares', 'striker'],
      0.5,
      4,
    );
    for (let row = 0; row < model.words.length; row++)
      expect((model.weights[2 * row] ?? 0) + (model.weights[2 * row + 1] ?? 0)).toBeCloseTo(0, 2);
    const loaded = { ...model, rows: new Map(model.words.map((word, row) => [word, row])) };
    const sport = classProbabilities([{ text: 'A goal in the match, a penalty, the league and the striker', weight: 1 }], loaded);
    expect(sport[0]?.probability).toBeGreaterThan(0.9);
    const money = classProbabilities([{ text: 'Market shares and profit fall as inflation slows the economy', weight: 1 }], loaded);
    expect(money[1]?.probability).toBeGreaterThan(0.9);
  });
});

describe('fitNaiveBayes with word counts of their own', () => {
  it('counts a bag word by its count, as that many tokens would be', () => {
    const classes = [['medtop:15000000'], ['medtop:04000000']];
    const words = ['goal', 'market'];
    const asTokens = fitNaiveBayes(
      [
        { tokens: ['goal', 'goal', 'market'], label: 0 },
        { tokens: ['market'], label: 1 },
      ],
      classes,
      words,
      0.5,
      1,
    );
    const asBag = fitNaiveBayes(
      [
        {
          tokens: ['goal', 'market'],
          bag: new Map([
            ['goal', 2],
            ['market', 1],
          ]),
          label: 0,
        },
        { tokens: ['market'], label: 1 },
      ],
      classes,
      words,
      0.5,
      1,
    );
    expect(asBag.weights).toEqual(asTokens.weights);
  });
});

describe('publisher-labels.json', () => {
  it('gives every labelled publisher article one IPTC top-level topic, none of the real evaluation set', () => {
    const labels = JSON.parse(readFileSync(join(import.meta.dirname, 'publisher-labels.json'), 'utf8')) as Record<string, string>;
    const realUrls = new Set(loadRealSources(join(import.meta.dirname, '../../tests/eval/real/sources.json')).map((s) => s.url));
    expect(Object.keys(labels).length).toBeGreaterThan(300);
    for (const [url, topic] of Object.entries(labels)) {
      expect(url).toMatch(/^https:\/\//);
      expect(topic).toMatch(/^medtop:(0[1-9]|1[0-7])000000$/);
      expect(realUrls.has(url)).toBe(false);
    }
  });
});
