/**
 * tsx scripts/real-news/build-real-set.ts --from <dir> [--manifest-only]
 *
 * Builds the real evaluation set: reads each collection (scripts/real-news/collections.ts) from a copy of its
 * repository under <dir>/<owner>+<name>/repo (a bare git directory, as the search tool's fetch leaves it), picks
 * articles by a fixed rule, writes each as a raw input file under tests/eval/real/articles/<collection>/ and lists
 * them with their provenance in tests/eval/real/sources.json.
 *
 * Selection: a collection's candidates are its posts with a date and 500-15,000 characters of text; they are
 * ordered by the SHA-256 of their URL and the first `take` kept. The split is tests/eval/real/split.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { candidatesOf } from './candidates';
import { collections } from './collections';
import { heldOutOf, sha256, splitRule } from '../../tests/eval/real/split';
import type { RealSource } from '../../tests/eval/real/real-sources';
import { exitWith, readCommandLine, usageError } from '../command-line';

const USAGE = `usage: npx tsx scripts/real-news/build-real-set.ts --from <dir> [--manifest-only]

Builds the real evaluation set: picks each collection's articles (scripts/real-news/collections.ts) by a fixed rule
from a bare git copy of its repository, writes them under tests/eval/real/articles/ and lists them with their
provenance in tests/eval/real/sources.json.
  --from <dir>     the folder holding the copies, as <dir>/<owner>+<name>/repo (e.g. /work/.mirror)
  --manifest-only  write tests/eval/real/sources.json only, not the article files`;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const values = readCommandLine(USAGE, { from: { type: 'string' }, 'manifest-only': { type: 'boolean' } });
if (!values.from) exitWith(usageError(USAGE, 'give --from <dir>, the folder holding <owner>+<name>/repo copies'));
const from = resolve(values.from);

const fileName = (url: string): string =>
  decodeURIComponent(url.replace(/\/$/, '').split('/').pop() ?? 'article')
    .replace(/\.html?$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80) || 'article';

const sources: RealSource[] = [];
for (const collection of collections) {
  const unique = candidatesOf(from, collection);
  const chosen = unique.sort((a, b) => sha256(a.url).localeCompare(sha256(b.url))).slice(0, collection.take);
  const heldOut = heldOutOf(chosen.map((candidate) => candidate.url));
  const names = new Set<string>();
  for (const candidate of chosen) {
    let name = fileName(candidate.url);
    while (names.has(name)) name = `${name}-2`;
    names.add(name);
    const file = `tests/eval/real/articles/${collection.key}/${name}.txt`;
    if (!values['manifest-only']) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), candidate.text);
    }
    sources.push({
      file,
      title: candidate.title,
      url: candidate.url,
      date: candidate.date,
      licence: collection.licence,
      publisher: collection.publisher,
      section: candidate.section,
      split: heldOut.has(candidate.url) ? 'heldout' : 'dev',
      furniture: false,
      origin: { repo: collection.repo, commit: collection.commit, at: candidate.origin },
    });
  }
  console.log(`${collection.key}: ${chosen.length} of ${unique.length} candidates`);
}

sources.sort((a, b) => a.file.localeCompare(b.file));
const manifest = { splitRule, articles: sources };
writeFileSync(join(root, 'tests/eval/real/sources.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`${sources.length} articles, ${new Set(sources.map((s) => `${s.publisher} / ${s.section}`)).size} publisher sections`);
