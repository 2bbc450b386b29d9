import type { SiteManifest } from '@/article/site-index';
import type { ListView } from '@/data/filters/run-filters';
import { dayCountsOf } from './histogram-buckets';

/** What the filter controls show beside the list: counts per topic and per day under the other filters. */
export type { ListView };

const unfiltered = new WeakMap<SiteManifest, ListView>();

/** The whole archive's view, from the manifest alone (no columns.json needed). */
export function unfilteredView(manifest: SiteManifest): ListView {
  let view = unfiltered.get(manifest);
  if (!view) {
    view = {
      count: manifest.articleCount,
      topicCounts: Uint32Array.from(manifest.topics, (topic) => topic.count),
      ...dayCountsOf(manifest.days),
    };
    unfiltered.set(manifest, view);
  }
  return view;
}
