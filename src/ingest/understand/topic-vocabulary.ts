import { iptcTopics } from '../taxonomy/taxonomy';
import { TOPIC_CUES } from './topic-cues';
import { topLevelOf } from './topic-tree';

/** One word or phrase that points at a topic: a taxonomy label ("parliamentary election") or a cue. */
export type TopicTerm = { phrase: string; prefix: boolean; topic: string; top: string; fromTaxonomy: boolean };

// Labels too broad to say anything on their own ("people", "media") or that are everyday words.
const TOO_BROAD = new Set([
  'people',
  'media',
  'other',
  'general',
  'products',
  'services',
  'process',
  'issue',
  'issues',
  'law',
  'state',
  'events',
  'government',
  'politics',
  'economy',
  'society',
  'health',
  'education',
  'environment',
  'weather',
  'sport',
  'labour',
  'religion',
  'lifestyle',
  'leisure',
  'science',
  'technology',
  'crime',
  'war',
  'peace',
  'conflict',
  'disaster',
  'accident',
  'justice',
  'arts',
  'culture',
  'entertainment',
  'business',
  'finance',
  'belief',
  'family',
  'water',
  'plant',
  'animal',
  'transport',
  'communication',
  'building',
  'food',
  'fashion',
  'games',
  'travel',
  'energy',
  'market',
  'trade',
  'company',
  'security',
]);

/** How many labels may share a phrase before it says none of them. */
const SHARED_BY = 3;

/** The taxonomy's labels, split into phrases ("economy, business and finance" -> three), plus the curated cues. */
export function buildTopicVocabulary(): TopicTerm[] {
  const labelTerms: TopicTerm[] = [];
  for (const topic of iptcTopics) {
    if (topic.depth === 0) continue;
    const top = topLevelOf(topic.qcode);
    const phrases = topic.label
      .toLowerCase()
      .replace(/\([^)]*\)/g, '')
      .split(/,|\band\b|\bor\b|\//)
      .map((phrase) => phrase.trim())
      .filter((phrase) => phrase.length >= 4 && !TOO_BROAD.has(phrase));
    for (const phrase of new Set(phrases)) labelTerms.push({ phrase, prefix: false, topic: topic.qcode, top, fromTaxonomy: true });
  }
  // A phrase that several labels share says none of them: "incident" ends eight ("explosion accident and incident",
  // "industrial accident and incident", ...), and a story about "an unfortunate incident" is about none of them.
  const labelsWith = new Map<string, number>();
  for (const term of labelTerms) labelsWith.set(term.phrase, (labelsWith.get(term.phrase) ?? 0) + 1);
  const terms = labelTerms.filter((term) => (labelsWith.get(term.phrase) ?? 0) < SHARED_BY);
  for (const [top, cues] of Object.entries(TOPIC_CUES)) {
    for (const cue of cues) {
      const prefix = cue.endsWith('*');
      terms.push({ phrase: prefix ? cue.slice(0, -1) : cue, prefix, topic: top, top, fromTaxonomy: false });
    }
  }
  return terms;
}
