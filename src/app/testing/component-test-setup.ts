/* Test support: the setup the reader's component tests share (timeouts, the sample site, stubs undone after
   each test) and the expectations they phrase alike. Call setUpComponentTests() once, at the top of a file. */
import { configure } from '@testing-library/react';
import { afterEach, beforeAll, vi } from 'vitest';
import type { Article } from '@/article/article-schema';
import { ingestedSite, type IngestedSite } from './ingested-site';

type Options = {
  /** How long one test may take. */
  testTimeout?: number;
  /**
   * How long findBy* and waitFor wait for what the reader should show; null (the default) keeps
   * tests/setup/components.ts's 20 s. A file's first view loads its code lazily: at load average 14 one
   * took 17.5 s, past the 15 s this default used to be.
   */
  findTimeout?: number | null;
};

export type ComponentTestSetup = {
  /** The sample corpus as the reader is served it: filled in before the file's first test runs. */
  site: IngestedSite;
  /** Articles of the sample corpus that pass a test, counted from the articles themselves. */
  countOf: (test: (article: Article) => boolean) => number;
  /** The qcode the articles carry for a topic's slug ("politics"). */
  qcodeOf: (slug: string) => string;
};

/**
 * Registers the file's hooks: the sample corpus ingested once, then fetch stubs and spies undone after
 * every test. The defaults suit views whose code loads lazily, as in the browser: on a busy two-core
 * machine the first view of a file can take long.
 */
export function setUpComponentTests({ testTimeout = 60_000, findTimeout = null }: Options = {}): ComponentTestSetup {
  vi.setConfig({ testTimeout });
  if (findTimeout !== null) configure({ asyncUtilTimeout: findTimeout });
  // The same object throughout, so a file can hold it in a const before the hook fills it in.
  const site = {} as IngestedSite;
  // Read from the disk cache (ingested-site.ts); only the first file of a run with new code ingests.
  beforeAll(async () => {
    Object.assign(site, await ingestedSite());
  }, 120_000);
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
  return {
    site,
    countOf: (test) => [...site.articles.values()].filter(test).length,
    qcodeOf: (slug) => site.manifest.topics.find((topic) => topic.slug === slug)!.qcode,
  };
}

/** "1 article", "9 articles": a count as the reader says it. */
export const articles = (count: number) => `${count} ${count === 1 ? 'article' : 'articles'}`;

/** The list's count above the results. */
export const matchSentence = (count: number) => (count === 1 ? '1 article matches' : `${count} articles match`);

/** A filter checkbox's accessible name: the option, a comma, its count; "in all" where it is the archive's. */
export const optionName = (label: string, count: number, { inAll = false } = {}) => `${label}, ${articles(count)}${inAll ? ' in all' : ''}`;

/** Finds a filter checkbox by its option whatever its count, which changes with the other filters. */
export const optionNamed = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, \\d`);
