/**
 * npx tsx tests/fuzz/make-fuzz-corpus.ts --out <folder> [--count 1000] [--seed 1]
 *
 * Writes odd input files for ingest: the inputs that once stalled it (runs the sentence splitter cannot
 * split, a quoted sentence repeated through one paragraph, unclosed HTML comments), random bytes, huge
 * single lines, invalid UTF-8, byte order marks, deep quotation nesting, entity floods, empty files,
 * giant and malformed JSON, impossible and out-of-range dates, names in every script, and some good
 * articles among them. The same seed writes the same files. tests/unit/fuzz-ingest.test.ts ingests a
 * small folder of them; the full folder is for measuring (README, "Bad input").
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mulberry32 } from '../../bench/corpus/random';
import { exitWith, readCommandLine, usageError } from '../../scripts/command-line';

type Rng = () => number;
type Maker = (rng: Rng, k: number, big: number) => { name: string; content: string | Uint8Array };

/** The bench corpus's seeded PRNG: the same seed gives the same folder on every machine. */
const seeded = (seed: number): Rng => mulberry32(seed);

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
/** A size between `min` and `max`, most of them small: the big ones are the slow ones. */
const size = (rng: Rng, min: number, max: number) => Math.floor(min + (max - min) * rng() ** 3);
const repeatTo = (unit: string, chars: number) => unit.repeat(Math.max(1, Math.ceil(chars / unit.length)));
const date = (rng: Rng) => `20${String(10 + Math.floor(rng() * 15))}-0${1 + Math.floor(rng() * 9)}-1${Math.floor(rng() * 9)}`;
const SENTENCE = 'The council said on Monday that the harbour would reopen after repairs. ';
const QUOTED = '"We will not back down," said Jane Smith, the minister. ';
const utf8 = (text: string) => new TextEncoder().encode(text);

const MAKERS: Record<string, Maker> = {
  'mr-run': (rng, _k, big) => ({ name: 'txt', content: ` date ${date(rng)} ${repeatTo('Mr. ', size(rng, 1_000, big))}` }),
  'initials-run': (rng, _k, big) => ({
    name: 'txt',
    content: ` date ${date(rng)} ${repeatTo('U.S. A. B. C. ', size(rng, 1_000, big / 2))}`,
  }),
  'quoted-paragraph': (rng, _k, big) => ({
    name: 'txt',
    content: ` date ${date(rng)} Minister holds firm\n\n${repeatTo(QUOTED, size(rng, 1_000, big))}`,
  }),
  'unclosed-comments': (rng, _k, big) => ({
    name: 'txt',
    content: ` date ${date(rng)} Text\n\n${repeatTo('<!--', size(rng, 1_000, big / 2))}`,
  }),
  'tag-flood': (rng, _k, big) => ({
    name: 'txt',
    content: ` date ${date(rng)} Text\n\n${repeatTo(pick(rng, ['<a href="x">', '<a x===', '<script>', '</div>', '<b and c> ']), size(rng, 1_000, big / 2))}`,
  }),
  'entity-flood': (rng, _k, big) => ({
    name: 'txt',
    content: ` date ${date(rng)} Text\n\n${repeatTo(pick(rng, ['&amp;', '&amp;amp;', '&#8220;', 'quot;', '&#x1F600;', '&nosuch;', '&#99999999;']), size(rng, 1_000, big / 2))}`,
  }),
  'deep-quotes': (rng) => {
    const depth = size(rng, 10, 50_000);
    const [open, close] = pick(rng, [
      ['“', '”'],
      ['"', '"'],
      ['«', '»'],
      ['„', '“'],
      ['‘', '’'],
    ]);
    return { name: 'txt', content: ` date ${date(rng)} Text\n\n${open!.repeat(depth)}said the mayor${close!.repeat(depth)}` };
  },
  'unbalanced-quotes': (rng, _k, big) => ({
    name: 'txt',
    content: ` date ${date(rng)} Text\n\n${repeatTo('“He said ”” she said “ ', size(rng, 1_000, big / 2))}`,
  }),
  'huge-line': (rng, _k, big) => ({
    name: 'txt',
    content: ` date ${date(rng)} ${repeatTo(pick(rng, [SENTENCE, 'word ', 'x']), size(rng, 10_000, big))}`,
  }),
  'many-lines': (rng, _k, big) => ({
    name: 'txt',
    content: ` date ${date(rng)} Headline\n\n${repeatTo(pick(rng, ['Short heading\n', 'A line.\n\n', '-\n', '•\n', 'By Staff\n']), size(rng, 1_000, big / 2))}`,
  }),
  'punctuation-only': (rng, _k, big) => ({
    name: 'txt',
    content: ` date ${date(rng)} ${repeatTo(pick(rng, ['...', '?!', '—', '. . .', '!!!']), size(rng, 100, big / 4))}`,
  }),
  'random-bytes': (rng) => ({
    name: pick(rng, ['txt', 'json']),
    content: Uint8Array.from({ length: size(rng, 1, 200_000) }, () => Math.floor(rng() * 256)),
  }),
  'invalid-utf8': (rng) => {
    const bytes = utf8(` date ${date(rng)} ${repeatTo(SENTENCE, size(rng, 100, 50_000))}`);
    for (let k = 0; k < 1 + rng() * 5; k += 1) bytes[Math.floor(rng() * bytes.length)] = pick(rng, [0xc3, 0xff, 0xfe, 0x80, 0xed]);
    return { name: 'txt', content: bytes };
  },
  'byte-order-marks': (rng) => {
    const text = ` date ${date(rng)} ${SENTENCE}`;
    return pick(rng, [
      { name: 'txt', content: `\uFEFF${text}` },
      { name: 'txt', content: `\uFEFF\uFEFF${text}` },
      { name: 'txt', content: Uint8Array.from([0xff, 0xfe, ...Array.from(text, (char) => [char.charCodeAt(0), 0]).flat()]) },
      { name: 'json', content: `\uFEFF${JSON.stringify({ date: date(rng), body: SENTENCE })}` },
    ]);
  },
  'line-endings': (rng) => ({
    name: 'txt',
    content: ` date ${date(rng)} Headline${pick(rng, ['\r\n', '\r', '\n\r'])}${pick(rng, ['\r\n', '\r'])}${SENTENCE.repeat(5)}`,
  }),
  'control-characters': (rng) => ({ name: 'txt', content: ` date ${date(rng)} ${SENTENCE}\u0007\u001b[31m\u0000${SENTENCE}` }),
  empty: (rng) => ({ name: pick(rng, ['txt', 'json']), content: pick(rng, ['', ' ', '\n\n\n', '\t \r\n', '\uFEFF']) }),
  'date-only': (rng) => ({ name: 'txt', content: ` date ${date(rng)}${pick(rng, ['', '\n', '   \n\n'])}` }),
  'bad-dates': (rng) => ({
    name: 'txt',
    content: ` date ${pick(rng, ['0000-00-00', '2021-02-30', '9999-12-31', '0100-01-01', '0050-06-15', '1000-01-01', '2999-12-31', '3000-01-01', '2020-1-1', '2020-13-01', '２０２０-０１-０１', 'tomorrow'])} ${SENTENCE}`,
  }),
  'no-date': () => ({ name: 'txt', content: `${SENTENCE}\n\n${SENTENCE}` }),
  'giant-json': (rng, _k, big) => ({
    name: 'json',
    content: JSON.stringify({ date: date(rng), title: 'Giant', body: repeatTo(`${SENTENCE}\n\n`, size(rng, 10_000, big)) }),
  }),
  'nested-json': (rng) => {
    const depth = size(rng, 10, 100_000);
    return { name: 'json', content: `${'['.repeat(depth)}${']'.repeat(depth)}` };
  },
  'odd-json': (rng) => ({
    name: 'json',
    content: pick(rng, [
      'null',
      '[]',
      '"text"',
      '42',
      '{',
      '{"date": "2020-01-01"}',
      '{"date": "2020-01-01", "body": ""}',
      JSON.stringify({ date: date(rng), body: SENTENCE, topics: ['not a topic'] }),
      JSON.stringify({ date: date(rng), body: SENTENCE, id: 'Not An Id!' }),
      JSON.stringify({ date: date(rng), body: SENTENCE, id: 'fuzz-clash' }),
      JSON.stringify({ date: date(rng), blocks: [{ type: 'paragraph', inlines: [] }], title: 'x' }),
      JSON.stringify({
        date: date(rng),
        blocks: Array.from({ length: size(rng, 1, 20_000) }, (_, k) => ({ type: 'heading', id: `h${k}`, text: 'Heading' })),
        title: 'x',
      }),
      JSON.stringify({ date: '9999-12-31', body: SENTENCE }),
      JSON.stringify({ date: date(rng), body: SENTENCE, __proto__: { polluted: true }, constructor: { prototype: {} } }),
    ]),
  }),
  'scripts-and-emoji': (rng) => ({
    name: 'txt',
    content:
      ` date ${date(rng)} ${pick(rng, ['北京的新闻。', '😀🎉🏳️‍🌈 ', 'Ελληνικά νέα. ', 'مرحبا بالعالم. ', 'हिन्दी समाचार। ', '\u202eRTL override '])}${SENTENCE}`.repeat(
        1 + Math.floor(rng() * 50),
      ),
  }),
  'good-article': (rng, k) => ({
    name: 'txt',
    content: ` date ${date(rng)} Harbour reopens ${k}\n\n${SENTENCE}\n\n“It is a good day for the town,” said Mayor Ada Lind.\n\n${SENTENCE}`,
  }),
};

/** Names that are hard too: every script, spaces, emoji, long, and ones that would share an id. */
function nameFor(rng: Rng, kind: string, k: number, extension: string): string {
  const folder = pick(rng, ['', '', 'a/', 'deep/er/still/', 'über/', '北京/', 'emoji-😀/']);
  const stem = pick(rng, [
    `${kind}-${k}`,
    `${kind} ${k}`,
    `${kind}_${k}_北京`,
    `${k}-🎉`,
    `${k}-한국어`,
    `${kind}-${k}-${'long-'.repeat(40)}`,
    `${k}`,
  ]);
  return `${folder}${stem}.${extension}`;
}

/**
 * Writes `count` odd files into `dir`; returns their paths. `maxBytes` caps the size of the long-run
 * kinds (900 KB by default, near the 1 MiB limit; the unit test makes smaller ones to stay quick).
 */
export async function makeFuzzCorpus(dir: string, { count = 1000, seed = 1, maxBytes = 900_000 } = {}): Promise<string[]> {
  const rng = seeded(seed);
  const kinds = Object.keys(MAKERS);
  const written: string[] = [];
  for (let k = 0; k < count; k += 1) {
    const kind = kinds[k % kinds.length]!;
    const { name: extension, content } = MAKERS[kind]!(rng, k, maxBytes);
    const path = nameFor(rng, kind, k, extension);
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
    written.push(path);
  }
  return written;
}

const USAGE = `usage: npx tsx tests/fuzz/make-fuzz-corpus.ts --out <folder> [--count <n>] [--seed <n>]

Writes odd input files for ingest: inputs that once stalled it, random bytes, huge lines, invalid UTF-8, giant and
malformed JSON, bad dates, hard file names, and some good articles among them. The same seed writes the same files.
  --out <folder>  where to write them
  --count <n>     how many files (default 1000)
  --seed <n>      the seed (default 1)`;

// Only when run as a script: tests/unit/fuzz-ingest.test.ts imports makeFuzzCorpus.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').at(-1)!)) {
  const values = readCommandLine(USAGE, { out: { type: 'string' }, count: { type: 'string' }, seed: { type: 'string' } });
  if (!values.out) exitWith(usageError(USAGE, '--out <folder> is needed'));
  const files = await makeFuzzCorpus(values.out, { count: Number(values.count ?? 1000), seed: Number(values.seed ?? 1) });
  console.log(`wrote ${files.length} files to ${values.out}`);
}
