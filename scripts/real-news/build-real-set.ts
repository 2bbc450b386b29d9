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
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { collections, type Collection } from './collections';
import { field, markdownBlocks, splitFrontMatter } from './markdown-to-text';
import { isoDate, wikinewsBlocks } from './wikitext-to-text';
import { heldOutOf, sha256, splitRule } from '../../tests/eval/real/split';
import type { RealSource } from '../../tests/eval/real/real-sources';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({ options: { from: { type: 'string' }, 'manifest-only': { type: 'boolean' } } });
if (!values.from) throw new Error('build-real-set: give --from <dir>, the folder holding <owner>+<name>/repo copies');
const from = resolve(values.from);

type Candidate = { url: string; title: string; date: string; section: string; text: string; origin: string };

const git = (collection: Collection, ...args: string[]): string => {
  const gitDir = join(from, collection.repo.replace('/', '+'), 'repo');
  if (!existsSync(gitDir)) throw new Error(`build-real-set: ${collection.repo}: no copy at ${gitDir}`);
  return execFileSync('git', [`--git-dir=${gitDir}`, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
};

const rawText = (date: string, blocks: string[]): string => ` date ${date} ${blocks.join('\n\n')}\n`;

function wikinewsCandidates(collection: Collection & { format: 'wikinews-jsonl' }): Candidate[] {
  const lines = git(collection, 'show', `${collection.commit}:${collection.path}`).split('\n').filter(Boolean);
  return lines.flatMap((line, index) => {
    const record = JSON.parse(line) as { title: string; text: string[]; categories: string[] };
    const whole = record.text.join('\n');
    // The dataset's cleaning cut the lead of some articles mid-word ("{{byline|dateew leadership ..."): skip them.
    if (/\{\{byline\|date(?!=)/i.test(whole)) return [];
    const stated = /\{\{date\|([^}]*)\}\}/i.exec(whole)?.[1] ?? record.categories.find((c) => isoDate(c) !== null);
    const date = stated ? isoDate(stated) : null;
    if (!date) return [];
    const article = wikinewsBlocks(record.title, date, record.text);
    const url = `https://en.wikinews.org/wiki/${wikiPath(record.title)}`;
    const subjects = [
      'Politics and conflicts',
      'Crime and law',
      'Disasters and accidents',
      'Economy and business',
      'Science and technology',
      'Sports',
      'Culture and entertainment',
      'Health',
      'Environment',
      'Space',
      'Elections',
    ];
    const section = record.categories.map((c) => c.trim()).find((c) => subjects.includes(c)) ?? 'general';
    return [{ url, title: record.title, date, section, text: rawText(date, article.blocks), origin: `line ${index + 1}` }];
  });
}

/** MediaWiki's page path: spaces as underscores, the rest percent-encoded except ;:@$!*(),/~ */
function wikiPath(title: string): string {
  return encodeURIComponent(title.replace(/ /g, '_'))
    .replace(/%(3B|3A|40|24|2C|2F)/g, (code) => decodeURIComponent(code))
    .replace(/'/g, '%27');
}

/** Every file of the commit whose path matches, read in one `git cat-file --batch` (one process, not thousands). */
function readFiles(collection: Collection, pattern: RegExp): Map<string, string> {
  const paths = git(collection, 'ls-tree', '-r', '--name-only', collection.commit)
    .split('\n')
    .filter((path) => pattern.test(path));
  const gitDir = join(from, collection.repo.replace('/', '+'), 'repo');
  const batch = execFileSync('git', [`--git-dir=${gitDir}`, 'cat-file', '--batch'], {
    input: paths.map((path) => `${collection.commit}:${path}`).join('\n') + '\n',
    maxBuffer: 1 << 30,
  });
  const files = new Map<string, string>();
  let at = 0;
  for (const path of paths) {
    const headerEnd = batch.indexOf(10, at);
    const size = Number(batch.toString('utf8', at, headerEnd).split(' ')[2]);
    files.set(path, batch.toString('utf8', headerEnd + 1, headerEnd + 1 + size));
    at = headerEnd + 1 + size + 1;
  }
  return files;
}

function markdownCandidates(collection: Collection & { format: 'markdown' }): Candidate[] {
  return [...readFiles(collection, collection.pattern)].flatMap(([path, source]) => {
    let parsed: ReturnType<typeof splitFrontMatter>;
    try {
      parsed = splitFrontMatter(source);
    } catch (error) {
      console.warn(`${collection.repo}:${path}: skipped, front matter unreadable: ${(error as Error).message.split('\n')[0]}`);
      return [];
    }
    const { meta, body } = parsed;
    if (collection.exclude?.test(body)) return [];
    const date = /\d{4}-\d{2}-\d{2}/.exec(String(meta.date instanceof Date ? meta.date.toISOString() : (meta.date ?? path)))?.[0];
    const url = collection.url(meta, path);
    const title = field(meta, 'title');
    if (!date || !url || !title || meta.published === false) return [];
    // Only a deck is drawn on the page under the headline; excerpts and descriptions feed lists and search engines.
    const standfirst = field(meta, 'deck');
    const blocks = markdownBlocks(body);
    const text = blocks.join('\n\n');
    if (text.length < 500 || text.length > 15000) return [];
    const head = standfirst && !text.startsWith(standfirst.slice(0, 60)) ? [title, standfirst] : [title];
    return [{ url, title, date, section: collection.section(meta, path), text: rawText(date, [...head, ...blocks]), origin: path }];
  });
}

const fileName = (url: string): string =>
  decodeURIComponent(url.replace(/\/$/, '').split('/').pop() ?? 'article')
    .replace(/\.html?$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80) || 'article';

const sources: RealSource[] = [];
for (const collection of collections) {
  const candidates = collection.format === 'wikinews-jsonl' ? wikinewsCandidates(collection) : markdownCandidates(collection);
  const unique = [...new Map(candidates.map((candidate) => [candidate.url, candidate])).values()];
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
