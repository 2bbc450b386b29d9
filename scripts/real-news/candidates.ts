/**
 * Reading a collection's candidate articles (scripts/real-news/collections.ts) from a bare git copy of its repository:
 * every post with a date and 500-15,000 characters of text, as the raw input text ingest reads. Shared by the real
 * set's builder and by the topic model's training script, which labels further posts of the same publishers.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Collection } from './collections';
import { field, markdownBlocksWithKinds, splitFrontMatter } from './markdown-to-text';
import { isoDate, wikinewsBlocks } from './wikitext-to-text';

/**
 * `headings`: the body's section headings by the source's own markup; `boldLines`: lines set wholly in bold, which may
 * or may not head a section (both read by the heading model's training, scripts/headings/markup-bodies.ts).
 */
export type Candidate = {
  url: string;
  title: string;
  date: string;
  section: string;
  text: string;
  origin: string;
  headings: string[];
  boldLines: string[];
};

const git = (from: string, collection: Collection, ...args: string[]): string => {
  const gitDir = join(from, collection.repo.replace('/', '+'), 'repo');
  if (!existsSync(gitDir)) throw new Error(`real-news: ${collection.repo}: no copy at ${gitDir}`);
  return execFileSync('git', [`--git-dir=${gitDir}`, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
};

const rawText = (date: string, blocks: string[]): string => ` date ${date} ${blocks.join('\n\n')}\n`;

function wikinewsCandidates(from: string, collection: Collection & { format: 'wikinews-jsonl' }): Candidate[] {
  const lines = git(from, collection, 'show', `${collection.commit}:${collection.path}`).split('\n').filter(Boolean);
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
    const text = rawText(date, article.blocks);
    return [{ url, title: record.title, date, section, text, origin: `line ${index + 1}`, headings: article.headings, boldLines: [] }];
  });
}

/** MediaWiki's page path: spaces as underscores, the rest percent-encoded except ;:@$!*(),/~ */
function wikiPath(title: string): string {
  return encodeURIComponent(title.replace(/ /g, '_'))
    .replace(/%(3B|3A|40|24|2C|2F)/g, (code) => decodeURIComponent(code))
    .replace(/'/g, '%27');
}

/** Every file of the commit whose path matches, read in one `git cat-file --batch` (one process, not thousands). */
function readFiles(from: string, collection: Collection, pattern: RegExp): Map<string, string> {
  const paths = git(from, collection, 'ls-tree', '-r', '--name-only', collection.commit)
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

function markdownCandidates(from: string, collection: Collection & { format: 'markdown' }): Candidate[] {
  return [...readFiles(from, collection, collection.pattern)].flatMap(([path, source]) => {
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
    const kinds = markdownBlocksWithKinds(body);
    const blocks = kinds.map((block) => block.text);
    const text = blocks.join('\n\n');
    const ofKind = (kind: string): string[] => kinds.filter((block) => block.kind === kind).map((block) => block.text);
    if (text.length < 500 || text.length > 15000) return [];
    const head = standfirst && !text.startsWith(standfirst.slice(0, 60)) ? [title, standfirst] : [title];
    const section = collection.section(meta, path);
    const headings = ofKind('heading');
    return [{ url, title, date, section, text: rawText(date, [...head, ...blocks]), origin: path, headings, boldLines: ofKind('bold') }];
  });
}

/** A collection's candidates, one per URL, read from <from>/<owner>+<name>/repo. */
export function candidatesOf(from: string, collection: Collection): Candidate[] {
  const candidates = collection.format === 'wikinews-jsonl' ? wikinewsCandidates(from, collection) : markdownCandidates(from, collection);
  return [...new Map(candidates.map((candidate) => [candidate.url, candidate])).values()];
}
