/**
 * npx tsx scripts/speakers/build-extra.ts --from <dir>
 *
 * Builds the extra speaker articles: real articles from the real set's own collections
 * (scripts/real-news/collections.ts) that the real set does not take, labelled for quotations and speakers only
 * (scripts/speakers/extra-labels/), to learn speakers from and to check them on text the cue rules were not
 * written against. They are the candidates whose URL hashes HIGHEST (the real set takes the lowest), so raising a
 * collection's `take` reaches them last; the files listed in extra-labels/ are written to
 * tests/eval/real/articles/extra/ (git-ignored, like the real set's texts).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { candidatesOf } from '../real-news/candidates';
import { collections } from '../real-news/collections';
import { sha256 } from '../../tests/eval/real/split';
import { exitWith, readCommandLine, usageError } from '../command-line';

const USAGE = `usage: npx tsx scripts/speakers/build-extra.ts --from <dir>

Writes the extra speaker articles to tests/eval/real/articles/extra/: up to 80 real articles of each collection
(scripts/real-news/collections.ts) that the real set does not take, those whose URL hashes highest, read from a bare
git copy of its repository; scripts/speakers/extra-labels/ labels some of them.
  --from <dir>   the folder holding the copies, as <dir>/<owner>+<name>/repo (e.g. /work/.mirror)
  --list <text>  ignored (an old flag, still accepted)`;
const root = join(import.meta.dirname, '../..');
const values = readCommandLine(USAGE, { from: { type: 'string' }, list: { type: 'string' } });
if (!values.from) exitWith(usageError(USAGE, 'give --from <dir>, the folder holding <owner>+<name>/repo copies'));
const from = resolve(values.from);
/** How many of each collection's highest-hashing candidates to write (all need not be labelled). */
const PER_COLLECTION = 80;

for (const collection of collections) {
  const ordered = candidatesOf(from, collection).sort((a, b) => sha256(a.url).localeCompare(sha256(b.url)));
  const extra = ordered.slice(Math.max(collection.take, ordered.length - PER_COLLECTION)).reverse();
  extra.forEach((candidate, i) => {
    const file = join(root, 'tests/eval/real/articles/extra', collection.key, `${String(i).padStart(2, '0')}.txt`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, candidate.text);
  });
  console.log(`${collection.key}: ${extra.length} extra of ${ordered.length}`);
}
const labelled = join(import.meta.dirname, 'extra-labels');
console.log(`${readdirSync(labelled, { recursive: true }).filter((name) => String(name).endsWith('.json')).length} labelled`);
