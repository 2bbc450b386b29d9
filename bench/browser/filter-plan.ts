import { dayNumber, isoDateOfDay } from '../../src/article/day-number';
import type { ArticleColumns, SiteManifest } from '../../src/article/site-index';
import { createRandom } from '../corpus/random';

/** One filter change: the URL to go to (issue 5's contract) and how many articles it should match. */
export type FilterStep = { url: string; expectedCount: number };

/**
 * `steps` filter changes over topics and date ranges, drawn from the site's own index so that every
 * one matches something; no two in a row match the same number of articles, so the list's
 * `data-result-count` visibly changes each time. Counts follow the plain reading of issue 5: an
 * article matches a topic it carries, and a date within from..to inclusive.
 */
export function filterPlan(manifest: SiteManifest, columns: ArticleColumns, steps: number, seed = 1): FilterStep[] {
  const random = createRandom(seed);
  const days = absoluteDays(columns.dayGaps);
  const topics = manifest.topics.filter((topic) => topic.count > 0);
  const topLevel = topics.filter((topic) => topic.parent === null);
  if (!manifest.newest || !manifest.oldest) return [];
  const newest = dayNumber(manifest.newest);
  const oldest = dayNumber(manifest.oldest);

  const countOf = (topicIndex: number | null, from: number | null, to: number | null) => {
    let count = 0;
    for (let ordinal = 0; ordinal < days.length; ordinal += 1) {
      const day = days[ordinal] as number;
      if ((from !== null && day < from) || (to !== null && day > to)) continue;
      if (topicIndex !== null && !columns.topicSets[columns.topicSetOfArticle[ordinal] as number]?.includes(topicIndex)) continue;
      count += 1;
    }
    return count;
  };

  const plan: FilterStep[] = [];
  let previousCount = manifest.articleCount;
  for (let attempt = 0; plan.length < steps && attempt < steps * 50; attempt += 1) {
    const kind = attempt % 3;
    // Readers mostly pick the broad topics; now and then a narrower one, the common ones more often.
    const topic = topLevel.length && random.chance(0.7) ? random.pick(topLevel) : random.weighted(topics, (each) => each.count);
    const topicIndex = kind !== 1 && topics.length ? manifest.topics.indexOf(topic) : null;
    let from: number | null = null;
    let to: number | null = null;
    if (kind !== 0 || topicIndex === null) {
      const a = random.int(oldest, newest);
      const b = random.int(oldest, newest);
      from = Math.min(a, b);
      to = Math.max(a, b);
    }
    const expectedCount = countOf(topicIndex, from, to);
    if (expectedCount === 0 || expectedCount === previousCount) continue;
    const query = new URLSearchParams();
    if (topicIndex !== null) query.set('topic', (manifest.topics[topicIndex] as SiteManifest['topics'][number]).slug);
    if (from !== null) query.set('from', isoDateOfDay(from));
    if (to !== null) query.set('to', isoDateOfDay(to));
    plan.push({ url: `/?${query}`, expectedCount });
    previousCount = expectedCount;
  }
  return plan;
}

function absoluteDays(gaps: readonly number[]): number[] {
  const days: number[] = [];
  let day = 0;
  gaps.forEach((gap, index) => {
    day = index === 0 ? gap : day - gap;
    days.push(day);
  });
  return days;
}
