import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { article } from '../../article/article-schema';
import { decodeSource } from '../decode-source';
import { InputRejected } from '../input-rejected';
import { parseTextArticle } from './parse-text-article';
import { normaliseForRoundTrip, serialiseParsedArticle } from './serialise-article';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const corpus = [...textFiles(join(root, 'content')), ...textFiles(join(root, 'tests/eval/articles'))];

/** The article a parse gives, minus what understanding adds: the format's own rules must hold. */
const parsedShape = article.pick({ date: true, title: true, titleSource: true, blocks: true, removed: true, metadata: true });

function roundTrips(text: string): void {
  const parsed = parseTextArticle(text);
  expect(parsedShape.safeParse(parsed).error).toBeUndefined();
  expect(normaliseForRoundTrip(serialiseParsedArticle(parsed))).toBe(normaliseForRoundTrip(text));
}

describe('round trip over the corpus', () => {
  it('has articles to check', () => {
    expect(corpus.length).toBeGreaterThan(10);
  });

  it.each(corpus.map((file) => [relative(root, file), file]))('%s comes back', (_name, file) => {
    roundTrips(decodeSource(readFileSync(file)));
  });
});

// Pieces of scraped news text: words, every kind of quotation mark and apostrophe, entities (whole,
// double-encoded and broken), tags, boilerplate, credits and odd whitespace.
const piece = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'the',
      'harbour',
      'Tram',
      'said',
      'Mara',
      'Ellingsen',
      'council',
      'will',
      'reopen',
      'in',
      'May',
      'cross-',
      'well-\nknown',
    ),
  },
  { weight: 3, arbitrary: fc.constantFrom('.', ',', ':', ';', '?', '!', '…', '-', '—', '(', ')', '2021', '10:45', '6\'2"') },
  { weight: 4, arbitrary: fc.constantFrom('"', '“', '”', '‘', '’', "'", '„', '«', '»', '’’', "''", '‹', '›', '‚') },
  { weight: 2, arbitrary: fc.constantFrom('don’t', 'Alliance’s', '’90s', 'fans’', 'rock ’n’ roll', "it's", "'em") },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '&amp;',
      '&#39;',
      '&quot;',
      'quot;',
      '#39;',
      'rsquo;',
      '&amp;quot;',
      '&nbsp;',
      '&lt;b&gt;',
      'AT&T',
      '&quot',
      'camp;',
      '&',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom('<b>', '</b>', '<p>', '</p>', '<br/>', '<a href="https://x.example/a">', '</a>', '<!-- ad -->', '<b and c>'),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'Share this:',
      'Advertisement',
      'By Mara Ellingsen',
      '(Reuters) -',
      '- IANS',
      'Updated 10:45 GMT',
      'https://x.example/a',
      'Photo: Kari Nes/AFP',
      'Related posts',
      'Loading...',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('  ', '\t', '\u00a0', ' \n ', '\n\n\n') },
);
const line = fc.array(piece, { minLength: 0, maxLength: 14 }).map((pieces) => pieces.join(' '));
const lineBreak = fc.constantFrom('\n', '\n\n', '\n\n\n', '\n \n');
const scrapedText = fc
  .tuple(fc.constantFrom(' ', '\n', '\n\n'), fc.array(fc.tuple(line, lineBreak), { minLength: 1, maxLength: 12 }))
  .map(([first, lines]) => ` date 2021-03-14${first}${lines.map(([text, end]) => text + end).join('')}`);

describe('round trip over randomised scraped text', () => {
  it('gives back a headline said twice on its line, and what was cut from its second saying', () => {
    roundTrips(' date 2021-03-14 By Mara Ellingsen By Mara Ellingsen\nAlliance’s\n');
    roundTrips(' date 2021-03-14 Harbour tram line to reopen Harbour tram <b>line</b> to reopen 09:53\n\nThe council said so.\n');
  });

  it('gives back every word, mark and tag', () => {
    fc.assert(
      fc.property(scrapedText, (text) => {
        try {
          roundTrips(text);
        } catch (error) {
          if (!(error instanceof InputRejected)) throw error;
          expect(error.reason).toMatch(/^no article text after the date/);
        }
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});
