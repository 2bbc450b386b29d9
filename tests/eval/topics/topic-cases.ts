/**
 * Labelled articles as the topic classifiers see them: each text ingested once, laid out, and cut into the weighted
 * parts ingest hands to assignTopics, with the label's main topic and the topics fair to give as well.
 */
import { join } from 'node:path';
import type { WeightedText } from '../../../src/ingest/understand/topics';
import { weightedParts } from '../../../src/ingest/understand/understand';
import { labelledLayouts } from '../labelled-layouts';
import { loadRealSources } from '../real/real-sources';

export type TopicCase = { source: string; parts: WeightedText[]; mainTopic: string; fair: Set<string> };

export function topicCasesOf(root: string, labelDir: string, keep: (source: string) => boolean = () => true): TopicCase[] {
  return labelledLayouts(root, join(root, labelDir), keep).map(({ label, layout }) => ({
    source: label.source,
    parts: weightedParts(layout),
    mainTopic: label.mainTopic,
    fair: new Set([label.mainTopic, ...label.otherTopics]),
  }));
}

/** The real set's cases of one split; the held-out split is read only to report, never to tune. */
export function realTopicCases(root: string, split: 'dev' | 'heldout'): TopicCase[] {
  const splits = new Map(loadRealSources(join(root, 'tests/eval/real/sources.json')).map((source) => [source.file, source.split]));
  return topicCasesOf(root, 'tests/eval/real/labels', (source) => splits.get(source) === split);
}
