import { describe, expect, it } from 'vitest';
import { ingestFile } from '../ingest-file';
import { sentenceStarts } from './speech-cues';
import { tagTerms } from './tagged-terms';
import { CHUNK_CHARS, textChunks } from './text-chunks';
import { speakersOf } from './test-blocks';

// Inputs that once took tens of seconds (each step re-read the text before it): they must finish, and
// give the same answer as on short text. A generous time limit, never a timing assertion.
const SLOW = { timeout: 120_000 };
const encode = (text: string) => new TextEncoder().encode(text);

describe('text-chunks', () => {
  it('covers the text exactly, cutting at line breaks, then at sentence ends, then at spaces', () => {
    const text = `${'One line.\n'.repeat(300)}${'A sentence here. '.repeat(300)}${'x'.repeat(5000)}`;
    const chunks = textChunks(text, () => true);
    expect(chunks[0]!.start).toBe(0);
    chunks.forEach((chunk, k) => {
      expect(chunk.end - chunk.start).toBeLessThanOrEqual(CHUNK_CHARS);
      if (k > 0) expect(chunk.start).toBe(chunks[k - 1]!.end);
    });
    expect(chunks.at(-1)!.end).toBe(text.length);
    expect(text.slice(0, chunks[0]!.end)).toMatch(/\n$/);
    const sentenceCut = chunks.find((chunk) => chunk.start > 3000 && chunk.end < 3000 + 5100)!;
    expect(text.slice(sentenceCut.start, sentenceCut.end)).toMatch(/^A sentence.*here\. $/);
  });
});

describe('long runs the NLP library cannot split', () => {
  it('tags 25,000 "Mr." in one line, each in its place', SLOW, () => {
    const text = 'Mr. '.repeat(25_000);
    const terms = tagTerms(text);
    expect(terms).toHaveLength(25_000);
    expect(terms.every((term, k) => term.start === k * 4 && text.slice(term.start, term.end) === term.text)).toBe(true);
  });

  it('tags a long paragraph cut into chunks as it tags it whole', () => {
    const sentence = 'Mr. Olu Bankole of the Harbour Board said the ferry would run again. ';
    const text = sentence.repeat(60);
    expect(text.length).toBeGreaterThan(CHUNK_CHARS * 2);
    const terms = tagTerms(text);
    const alone = tagTerms(sentence);
    terms.forEach((term, k) => {
      const same = alone[k % alone.length]!;
      expect([term.text, [...term.tags].sort(), term.start - Math.floor(k / alone.length) * sentence.length]).toEqual([
        same.text,
        [...same.tags].sort(),
        same.start,
      ]);
    });
    expect(new Set(terms.map((term) => term.sentence)).size).toBe(60);
  });

  it('ingests 100 KB of "Mr. " as one article', SLOW, () => {
    const outcome = ingestFile(encode(` date 2020-05-05 ${'Mr. '.repeat(25_000)}`), 'mr.txt');
    expect(outcome.ok).toBe(true);
  });
});

describe('a quoted sentence repeated through one long paragraph', () => {
  const sentence = '"We will not back down," said Jane Smith, the minister. ';

  it('finds every sentence start', SLOW, () => {
    const text = sentence.repeat(8_000);
    const starts = sentenceStarts(text);
    expect(starts).toHaveLength(8_000);
    expect(starts.every((start, k) => start === k * sentence.length)).toBe(true);
  });

  it('attributes every quotation to its speaker in a 450 KB article', SLOW, () => {
    const outcome = ingestFile(encode(` date 2020-05-05 Minister holds firm\n\n${sentence.repeat(8_000)}`), 'quotes.txt');
    if (!outcome.ok) throw new Error(outcome.reason);
    const speakers = speakersOf(outcome.article.blocks);
    expect(speakers).toHaveLength(8_000);
    expect(speakers.every(([text, speaker]) => text === 'We will not back down,' && speaker === 'Jane Smith')).toBe(true);
  });
});
