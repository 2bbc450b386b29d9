/**
 * npx tsx tests/eval/compromise-baseline.ts
 *
 * What compromise finds on its own (full tagger, .people() / .organizations() / .places(), trailing
 * punctuation and possessives trimmed) against the labels, beside what understanding finds: the weak
 * spots the name rules in src/ingest/understand/ correct, and what the full tagger would cost.
 */
import nlp from 'compromise';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleText } from './article-plain-text';
import { ingestFile } from '../../src/ingest/ingest-file';
import { loadLabels } from './eval-label';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const kinds = ['people', 'organisations', 'places'] as const;
type Counts = { labelled: number; found: number; listed: number };
const blank = (): Record<(typeof kinds)[number], Counts> => ({
  people: { labelled: 0, found: 0, listed: 0 },
  organisations: { labelled: 0, found: 0, listed: 0 },
  places: { labelled: 0, found: 0, listed: 0 },
});
const library = blank();
const ours = blank();
let libraryMs = 0;
const tidy = (name: string): string =>
  name
    .replace(/['’]s$/u, '')
    .replace(/[.,;:!?"“”]+$/u, '')
    .trim()
    .toLowerCase();

for (const loaded of loadLabels(join(root, 'tests/eval/labels'))) {
  if ('error' in loaded) continue;
  const { label } = loaded;
  const outcome = ingestFile(readFileSync(join(root, label.source)), label.source);
  if (!outcome.ok) continue;
  const text = articleText(outcome.article);
  const started = performance.now();
  const doc = nlp(text);
  const found = {
    people: doc.people().out('array') as string[],
    organisations: doc.organizations().out('array') as string[],
    places: doc.places().out('array') as string[],
  };
  libraryMs += performance.now() - started;
  for (const kind of kinds) {
    const expected = new Set(label[kind].map(tidy));
    for (const [counts, names] of [
      [library[kind], found[kind]],
      [ours[kind], outcome.article.entities[kind]],
    ] as const) {
      const got = new Set(names.map(tidy));
      counts.labelled += expected.size;
      counts.listed += got.size;
      counts.found += [...expected].filter((name) => got.has(name)).length;
    }
  }
}

const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '-');
for (const kind of kinds) {
  const a = library[kind];
  const b = ours[kind];
  console.log(
    `${kind.padEnd(14)} compromise alone: recall ${ratio(a.found, a.labelled)} precision ${ratio(a.found, a.listed)}   understanding: recall ${ratio(b.found, b.labelled)} precision ${ratio(b.found, b.listed)}`,
  );
}
console.log(`compromise full tagger: ${libraryMs.toFixed(0)} ms for the set`);
