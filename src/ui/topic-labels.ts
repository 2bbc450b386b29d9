import type { SiteManifest, TopicSummary } from '@/article/site-index';

const lookups = new WeakMap<object, ReadonlyMap<string, TopicSummary>>();

/** The manifest's topics by qcode, built once per manifest, so views turn codes into labels and slugs. */
export function topicsByQcode(manifest: Pick<SiteManifest, 'topics'>): ReadonlyMap<string, TopicSummary> {
  let lookup = lookups.get(manifest.topics);
  if (!lookup) {
    lookup = new Map(manifest.topics.map((topic) => [topic.qcode, topic]));
    lookups.set(manifest.topics, lookup);
  }
  return lookup;
}

/** The topics of these codes that the manifest knows, in the given order. */
export function topicsOf(qcodes: readonly string[], manifest: Pick<SiteManifest, 'topics'>): TopicSummary[] {
  const known = topicsByQcode(manifest);
  return qcodes.flatMap((qcode) => {
    const topic = known.get(qcode);
    return topic ? [topic] : [];
  });
}
