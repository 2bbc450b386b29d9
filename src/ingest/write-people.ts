import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { personSlugsOnce } from '../article/person-slug';
import {
  nameShardsOf,
  PEOPLE_TOP,
  PERSON_ALONGSIDE,
  QUOTES_PER_PAGE,
  type PeopleEntry,
  type PeopleIndex,
  type PeopleMonth,
  type PersonFile,
  type PersonQuote,
} from '../article/people-index';
import { dataFiles, PEOPLE_DIRS } from '../data/data-files';
import { mapLimit } from '../search/build/map-limit';
import type { QuotedLine } from './quoted-lines';
import { writeFileIfChanged } from './write-file-if-changed';
import { removeOutput } from './noted-changes';

/** What the people files need of an article: its card's id, date and title, its topics and its attributed quotations. */
export type QuotingArticle = {
  card: { id: string; date: string; title: string };
  topics: readonly string[];
  quotes: readonly QuotedLine[];
};

/** What a speaker's own files need beyond the tally's counts (tallySpeakers). */
type Speaker = {
  slug: string;
  quotes: PersonQuote[];
  articles: number;
  months: Map<string, number>;
  topics: Map<string, number>;
  alongside: Map<string, number>;
};

/**
 * What changed since the people files were last written: the names quoted in the articles added, changed
 * or removed (before and after the change), and the months of those articles.
 */
export type PeopleChanges = { speakers: ReadonlySet<string>; months: ReadonlySet<string> };

/**
 * Writes the people files (src/article/people-index.ts) for these articles, given newest first, and removes
 * those of speakers no longer quoted. Returns the slugs written, most quoted first.
 *
 * `changes`: a speaker's own files hold only their quotations and the names of those quoted alongside
 * them, so only the changed speakers' files and the files of anyone quoted alongside them can differ; a
 * month's file, only when an article of that month changed or a changed speaker quoted in it is named
 * anew. The others are not made again (at 100,000 articles, 96,000 files of 100,000 speakers, and most
 * months): every speaker is counted, but only these are gathered in full. Left out, every file is made
 * and compared.
 */
export async function writePeople(outDir: string, newestFirst: readonly QuotingArticle[], changes?: PeopleChanges): Promise<string[]> {
  const slugOf = personSlugsOnce();
  const changedSlugs = changes && new Set([...changes.speakers].map(slugOf));
  const tally = tallySpeakers(newestFirst, slugOf, changedSlugs);
  const ranked = [...tally.speakers.values()]
    .map((speaker): PeopleEntry => [speaker.slug, mostQuotedSpelling(speaker.spellings), speaker.count])
    .sort((a, b) => b[2] - a[2] || a[1].localeCompare(b[1]) || (a[0] < b[0] ? -1 : 1));
  const entryOf = new Map(ranked.map((entry) => [entry[0], entry]));

  const shards = new Map<string, PeopleEntry[]>();
  for (const entry of ranked) {
    for (const shard of nameShardsOf(entry[0])) {
      const members = shards.get(shard);
      if (members) members.push(entry);
      else shards.set(shard, [entry]);
    }
  }
  const index: PeopleIndex = {
    speakers: ranked.length,
    quotations: ranked.reduce((total, entry) => total + entry[2], 0),
    top: ranked.slice(0, PEOPLE_TOP),
    nameShards: [...shards.keys()].sort(),
    months: [...tally.months],
  };

  // What is made again: everything, or what the changes reach and any file found missing or unstamped.
  const present = await peopleFilesIn(outDir);
  const stamped = await readStamps(outDir);
  const kept = (path: string) => present.has(path) && stamped[path] !== undefined;
  const pagesOf = (count: number) => Math.max(1, Math.ceil(count / QUOTES_PER_PAGE));
  const personPaths = (slug: string, pages: number) => [
    dataFiles.person(slug),
    ...Array.from({ length: pages - 1 }, (_, page) => dataFiles.personPage(slug, page + 1)),
  ];
  let remade: Set<string> | undefined;
  let remadeMonths: Set<string> | undefined;
  if (changes) {
    remade = new Set(tally.affected);
    for (const [slug, , count] of ranked) if (!personPaths(slug, pagesOf(count)).every(kept)) remade.add(slug);
    remadeMonths = new Set([...changes.months, ...tally.monthsOfChanged]);
    for (const month of tally.months) if (!kept(dataFiles.peopleMonth(month))) remadeMonths.add(month);
  }
  const speakers = gatherSpeakers(newestFirst, tally.slugs, remade);
  const months = monthShards(newestFirst, entryOf, tally.slugs, remadeMonths);

  // Made one at a time as they are written: together they are hundreds of megabytes at 100,000 articles.
  function* files(): Generator<PeopleFile> {
    for (const [slug, name, count] of ranked) {
      const pages = pagesOf(count);
      const speaker = speakers.get(slug);
      if (!speaker) {
        for (const path of personPaths(slug, pages)) yield { path, kept: stamped[path]! };
        continue;
      }
      const person = (): PersonFile => ({
        slug,
        name,
        otherNames: [...tally.speakers.get(slug)!.spellings.keys()].filter((spelling) => spelling !== name).sort(),
        count,
        articles: speaker.articles,
        months: [...speaker.months],
        topics: [...speaker.topics].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
        alongside: [...speaker.alongside]
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .slice(0, PERSON_ALONGSIDE)
          .map(([other, shared]): PeopleEntry => [other, entryOf.get(other)![1], shared]),
        quotes: speaker.quotes.slice(0, QUOTES_PER_PAGE),
        pages,
      });
      yield { path: dataFiles.person(slug), json: () => JSON.stringify(person()) };
      for (let page = 1; page < pages; page += 1) {
        yield {
          path: dataFiles.personPage(slug, page),
          json: () => JSON.stringify(speaker.quotes.slice(page * QUOTES_PER_PAGE, (page + 1) * QUOTES_PER_PAGE)),
        };
      }
    }
    for (const [shard, entries] of shards) yield { path: dataFiles.peopleNames(shard), json: () => JSON.stringify(entries) };
    for (const month of tally.months) {
      const path = dataFiles.peopleMonth(month);
      const shard = months.get(month);
      yield shard ? { path, json: () => JSON.stringify(shard) } : { path, kept: stamped[path]! };
    }
    yield { path: dataFiles.people, json: () => JSON.stringify(index) };
  }

  await writeChangedFiles(outDir, files(), present, stamped);
  return ranked.map((entry) => entry[0]);
}

/**
 * Ingest's memory of the people files it wrote: a hash of each one's content, so a run that changes
 * nothing need not read them back (93,000 files at 100,000 articles: 30 s of reading). Hidden, so it is
 * not deployed; written last, so a killed run leaves stamps that are old, never ones ahead of the files.
 */
const STAMPS_FILE = '.people-stamps.json';

/** A people file: made (when it is needed), or known to be as the last run wrote it, with that run's stamp. */
type PeopleFile = { path: string; json: () => string } | { path: string; kept: string };

/**
 * Writes the files whose content is not the one stamped last time (or that are missing), and removes the
 * files of speakers, pages, shards and months that this run did not write: left from a larger archive.
 */
async function writeChangedFiles(
  outDir: string,
  files: Iterable<PeopleFile>,
  present: ReadonlySet<string>,
  stamped: Readonly<Record<string, string>>,
): Promise<void> {
  const stamps: Record<string, string> = {};
  const writing = new Set<Promise<unknown>>();
  let failure: { error: unknown } | null = null;
  for (const file of files) {
    const { path } = file;
    if ('kept' in file) {
      stamps[path] = file.kept;
      continue;
    }
    const json = file.json();
    stamps[path] = createHash('sha1').update(json).digest('base64');
    if (present.has(path) && stamped[path] === stamps[path]) continue;
    const write: Promise<unknown> = writeFileIfChanged(join(outDir, path), json)
      .catch((error: unknown) => void (failure ??= { error }))
      .finally(() => writing.delete(write));
    writing.add(write);
    if (writing.size >= MAX_OPEN_WRITES) await Promise.race(writing);
    if (failure) break;
  }
  await Promise.all(writing);
  if (failure) throw (failure as { error: unknown }).error;
  const stale = [...present].filter((path) => !(path in stamps));
  await mapLimit(stale, MAX_OPEN_WRITES, (path) => removeOutput(join(outDir, path)));
  // A speaker's folder of further pages (index/people/<slug>/), emptied when their record shrank or went.
  const emptied = new Set(stale.map(dirname).filter((folder) => !(PEOPLE_DIRS as readonly string[]).includes(folder)));
  for (const folder of emptied) {
    const left = await readdir(join(outDir, folder)).catch(() => null);
    if (left?.length === 0) await removeOutput(join(outDir, folder), { recursive: true });
  }
  await writeFileIfChanged(join(outDir, STAMPS_FILE), JSON.stringify(stamps));
}

/** Files written at once: enough to keep the disk busy, far below the open-file limit. */
const MAX_OPEN_WRITES = 64;

async function readStamps(outDir: string): Promise<Record<string, string>> {
  try {
    const stamps: unknown = JSON.parse(await readFile(join(outDir, STAMPS_FILE), 'utf8'));
    return typeof stamps === 'object' && stamps !== null ? (stamps as Record<string, string>) : {};
  } catch {
    // None yet, or damaged: every file is compared with what is on disk, as on a first run.
    return {};
  }
}

type Tally = {
  /** Every speaker's spellings and number of quotations, by slug. */
  speakers: Map<string, { slug: string; spellings: Map<string, number>; count: number }>;
  /** The months with quotations, in the order of the articles (newest first). */
  months: Set<string>;
  /** The changed speakers and everyone quoted alongside them (whose files carry their names). */
  affected: Set<string>;
  /** The months in which a changed speaker is quoted: their name there may be spelled anew. */
  monthsOfChanged: Set<string>;
  /** The slug of every quotation, article after article: worked out once (a lookup each was a second at 100,000 articles). */
  slugs: QuotationSlugs;
};

/** The slugs of the quotations of the articles, in order: `at(index)` is the first of the article's own. */
type QuotationSlugs = { all: string[]; at: (articleIndex: number) => number };

/** One pass over every quotation that counts, and gathers nothing per quotation. */
function tallySpeakers(newestFirst: readonly QuotingArticle[], slugOf: (name: string) => string, changed = new Set<string>()): Tally {
  const all: string[] = [];
  const starts = new Uint32Array(newestFirst.length);
  const tally: Tally = {
    speakers: new Map(),
    months: new Set(),
    affected: new Set(),
    monthsOfChanged: new Set(),
    slugs: { all, at: (articleIndex) => starts[articleIndex]! },
  };
  newestFirst.forEach(({ card, quotes }, articleIndex) => {
    starts[articleIndex] = all.length;
    if (quotes.length === 0) return;
    const month = card.date.slice(0, 7);
    tally.months.add(month);
    let namesChanged = false;
    for (const { speaker: name } of quotes) {
      const slug = slugOf(name);
      all.push(slug);
      let speaker = tally.speakers.get(slug);
      if (!speaker) tally.speakers.set(slug, (speaker = { slug, spellings: new Map(), count: 0 }));
      speaker.spellings.set(name, (speaker.spellings.get(name) ?? 0) + 1);
      speaker.count += 1;
      if (changed.has(slug)) namesChanged = true;
    }
    if (!namesChanged) return;
    tally.monthsOfChanged.add(month);
    for (let at = starts[articleIndex]!; at < all.length; at += 1) tally.affected.add(all[at]!);
  });
  for (const slug of changed) tally.affected.add(slug);
  return tally;
}

/** Every speaker's quotations, months, topics and companions; or only those of `only`. */
function gatherSpeakers(newestFirst: readonly QuotingArticle[], slugs: QuotationSlugs, only?: ReadonlySet<string>): Map<string, Speaker> {
  const speakers = new Map<string, Speaker>();
  newestFirst.forEach(({ card, topics, quotes }, articleIndex) => {
    const first = slugs.at(articleIndex);
    const slugAt = (quote: number) => slugs.all[first + quote]!;
    if (only && !quotes.some((_, quote) => only.has(slugAt(quote)))) return;
    const month = card.date.slice(0, 7);
    const here = new Set<string>();
    quotes.forEach(({ n, text }, quote) => {
      const slug = slugAt(quote);
      here.add(slug);
      if (only && !only.has(slug)) return;
      let speaker = speakers.get(slug);
      if (!speaker) {
        speaker = { slug, quotes: [], articles: 0, months: new Map(), topics: new Map(), alongside: new Map() };
        speakers.set(slug, speaker);
      }
      // One topics array per article, shared by its quotations: half a million copies at 100,000 articles.
      speaker.quotes.push({ id: card.id, date: card.date, title: card.title, n, text, topics: topics as string[] });
      speaker.months.set(month, (speaker.months.get(month) ?? 0) + 1);
      for (const topic of topics) speaker.topics.set(topic, (speaker.topics.get(topic) ?? 0) + 1);
    });
    for (const slug of here) {
      const speaker = speakers.get(slug);
      if (!speaker) continue;
      speaker.articles += 1;
      for (const other of here) if (other !== slug) speaker.alongside.set(other, (speaker.alongside.get(other) ?? 0) + 1);
    }
  });
  return speakers;
}

/** Who was quoted each month, on which topics (newest month first): what the index's topic and date filters count. */
function monthShards(
  newestFirst: readonly QuotingArticle[],
  entryOf: ReadonlyMap<string, PeopleEntry>,
  slugs: QuotationSlugs,
  only?: ReadonlySet<string>,
): Map<string, PeopleMonth> {
  const months = new Map<string, Map<string, Map<string, number>>>();
  newestFirst.forEach(({ card, topics, quotes }, articleIndex) => {
    const month = card.date.slice(0, 7);
    if (only && !only.has(month)) return;
    let bySpeaker = months.get(month);
    if (!bySpeaker) months.set(month, (bySpeaker = new Map()));
    const key = topics.join(' ');
    const first = slugs.at(articleIndex);
    for (let quote = 0; quote < quotes.length; quote += 1) {
      const slug = slugs.all[first + quote]!;
      let byTopics = bySpeaker.get(slug);
      if (!byTopics) bySpeaker.set(slug, (byTopics = new Map()));
      byTopics.set(key, (byTopics.get(key) ?? 0) + 1);
    }
  });
  const shards = new Map<string, PeopleMonth>();
  for (const [month, bySpeaker] of months) {
    if (bySpeaker.size === 0) continue;
    shards.set(
      month,
      [...bySpeaker].map(([slug, byTopics]) => [
        slug,
        entryOf.get(slug)![1],
        [...byTopics].map(([key, count]): [string[], number] => [key ? key.split(' ') : [], count]),
      ]),
    );
  }
  return shards;
}

/** The spelling quoted most; ties go to the one first in alphabetical order, so the name does not flicker between runs. */
function mostQuotedSpelling(spellings: ReadonlyMap<string, number>): string {
  let best = '';
  let most = -1;
  for (const [spelling, count] of spellings) {
    if (count > most || (count === most && spelling < best)) [best, most] = [spelling, count];
  }
  return best;
}

/** The people files on disk now, as paths relative to `outDir` ("index/people/<slug>.json"). */
async function peopleFilesIn(outDir: string): Promise<Set<string>> {
  const paths = new Set<string>();
  for (const dir of PEOPLE_DIRS) {
    const found = await readdir(join(outDir, dir), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of found) {
      if (entry.isFile())
        paths.add(
          join(entry.parentPath, entry.name)
            .slice(outDir.length + 1)
            .split('\\')
            .join('/'),
        );
    }
  }
  return paths;
}
