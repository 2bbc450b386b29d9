import { buildTopicVocabulary, type TopicTerm } from './topic-vocabulary';
import { LEARNED_SHARE, topLevelProbabilities } from './topic-model/learned-topics';

export type TopicAssignment = { topics: string[]; topicScores: Record<string, number> };

/** Text and how much each part counts: the headline and lead say most about what a story is about. */
export type WeightedText = { text: string; weight: number };

type Phrase = { term: TopicTerm; words: string[] };
type Vocabulary = { words: Map<string, TopicTerm[]>; prefixes: TopicTerm[]; phrases: Map<string, Phrase[]> };

let vocabulary: Vocabulary | null = null;

function loadVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary;
  const words = new Map<string, TopicTerm[]>();
  const prefixes: TopicTerm[] = [];
  const phrases = new Map<string, Phrase[]>();
  for (const term of buildTopicVocabulary()) {
    if (term.phrase.includes(' ')) {
      const parts = term.phrase.split(/\s+/);
      const first = parts[0] as string;
      phrases.set(first, [...(phrases.get(first) ?? []), { term, words: parts }]);
    } else if (term.prefix) prefixes.push(term);
    else {
      for (const form of [term.phrase, `${term.phrase}s`, `${term.phrase}es`]) words.set(form, [...(words.get(form) ?? []), term]);
    }
  }
  vocabulary = { words, prefixes, phrases };
  return vocabulary;
}

/** A word of the text against a word of a phrase: the same, or with a plural ending, or any ending for `*` cues. */
function matchesWord(token: string | undefined, part: string, prefix: boolean): boolean {
  if (token === undefined) return false;
  if (prefix) return token.startsWith(part);
  return token === part || token === `${part}s` || token === `${part}es`;
}

// Which `*` cues a word matches, kept across articles: a word is tested against every cue only once.
// Bounded: a long run meets many rare words.
const prefixMatches = new Map<string, TopicTerm[]>();
const MAX_CACHED_WORDS = 200_000;

function prefixTermsOf(word: string, prefixes: readonly TopicTerm[]): TopicTerm[] {
  let matched = prefixMatches.get(word);
  if (!matched) {
    if (prefixMatches.size >= MAX_CACHED_WORDS) prefixMatches.clear();
    matched = prefixes.filter((term) => word.startsWith(term.phrase));
    prefixMatches.set(word, matched);
  }
  return matched;
}

let norms: Map<string, number> | null = null;

/**
 * A topic with a large vocabulary (the taxonomy lists some 200 economy concepts, a dozen for weather)
 * collects chance hits in any story: its evidence is divided by the square root of its vocabulary's
 * size, as a document vector is normalised by its length.
 */
function vocabularyNorm(top: string): number {
  if (!norms) {
    const sizes = new Map<string, number>();
    for (const term of buildTopicVocabulary()) sizes.set(term.top, (sizes.get(term.top) ?? 0) + 1);
    norms = new Map([...sizes].map(([qcode, size]) => [qcode, Math.sqrt(size / 100)]));
  }
  return norms.get(top) ?? 1;
}

/** What the word lists find in a text: evidence per top-level topic, and mentions of finer taxonomy topics. */
export type WordListEvidence = {
  top: Map<string, number>;
  /** finer topic -> how often its taxonomy labels occur (weighted), with its top-level ancestor */
  fine: Map<string, { count: number; top: string }>;
};

/**
 * Weighted vocabulary: every cue word and taxonomy label found adds (damped by repetition) to its topic's
 * top-level ancestor; taxonomy labels also count for their own finer topic.
 */
export function wordListEvidence(parts: readonly WeightedText[]): WordListEvidence {
  const { words, prefixes, phrases } = loadVocabulary();
  const counts = new Map<TopicTerm, number>();
  const add = (term: TopicTerm, weight: number): void => {
    counts.set(term, (counts.get(term) ?? 0) + weight);
  };
  for (const { text, weight } of parts) {
    const tokens =
      text
        .toLowerCase()
        .replace(/[’‘]/g, "'")
        .match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
    tokens.forEach((word, at) => {
      for (const term of words.get(word) ?? []) add(term, weight);
      for (const term of prefixTermsOf(word, prefixes)) add(term, weight);
      // Phrases are looked up by their first word, then compared word by word.
      for (const term of phrases.get(word) ?? []) {
        if (term.words.every((part, k) => matchesWord(tokens[at + k], part, k === term.words.length - 1 && term.term.prefix)))
          add(term.term, weight);
      }
    });
  }
  const top = new Map<string, number>();
  const fine = new Map<string, { count: number; top: string }>();
  for (const [term, count] of counts) {
    // Repetition counts, with diminishing returns: one word said twenty times is no twenty clues.
    const evidence = 1 + Math.log(count);
    top.set(term.top, (top.get(term.top) ?? 0) + evidence / vocabularyNorm(term.top));
    if (term.fromTaxonomy) fine.set(term.topic, { count: (fine.get(term.topic)?.count ?? 0) + count, top: term.top });
  }
  return { top, fine };
}

const MAX_TOP_LEVEL = 4;
const MIN_RELATIVE = 0.35;
const MIN_FINE_EVIDENCE = 2;

type Scored = { qcode: string; score: number };

/** Finer topics the text names often enough, under a chosen top-level topic, scored below their parent. */
function finerTopics(evidence: WordListEvidence, chosen: ReadonlyMap<string, number>): Scored[] {
  return [...evidence.fine.entries()]
    .filter(([, { count }]) => count >= MIN_FINE_EVIDENCE)
    .flatMap(([qcode, { count, top }]) => {
      const topScore = chosen.get(top);
      return topScore === undefined ? [] : [{ qcode, score: topScore * Math.min(0.95, 0.5 + count / 10) }];
    })
    .sort((a, b) => b.score - a.score);
}

function assignment(tops: readonly Scored[], evidence: WordListEvidence): TopicAssignment {
  const ranked = [...tops, ...finerTopics(evidence, new Map(tops.map((top) => [top.qcode, top.score])))];
  const round = (score: number): number => Math.round(score * 1000) / 1000;
  return {
    topics: ranked.map(({ qcode }) => qcode),
    topicScores: Object.fromEntries(ranked.map(({ qcode, score }) => [qcode, round(score)])),
  };
}

/**
 * The word lists alone: top-level topics within reach of the best come first, then the finer topics under them
 * that the text names often enough. Scores are relative to the best.
 */
export function assignTopicsFromWordLists(parts: readonly WeightedText[]): TopicAssignment {
  const evidence = wordListEvidence(parts);
  const best = Math.max(0, ...evidence.top.values());
  if (best === 0) return { topics: [], topicScores: {} };
  const tops = [...evidence.top.entries()]
    .map(([qcode, raw]) => ({ qcode, score: raw / best }))
    .filter(({ score }) => score >= MIN_RELATIVE)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_TOP_LEVEL);
  return assignment(tops, evidence);
}

/** A top-level topic is listed when it is at least this likely (the first always is). */
const MIN_PROBABILITY = 0.15;

/**
 * The learned model mixed with the word lists (topic-model/learned-topics.ts): top-level topics by probability,
 * the likeliest always and others from MIN_PROBABILITY, then the finer topics under them that the text names often
 * enough. A top-level topic's score is its probability; a finer topic's is below its parent's.
 */
export function assignLearnedTopics(parts: readonly WeightedText[], share = LEARNED_SHARE): TopicAssignment {
  const evidence = wordListEvidence(parts);
  const tops = [...topLevelProbabilities(parts, evidence, share).entries()]
    .map(([qcode, score]) => ({ qcode, score }))
    .sort((a, b) => b.score - a.score)
    .filter(({ score }, rank) => rank === 0 || score >= MIN_PROBABILITY)
    .slice(0, MAX_TOP_LEVEL);
  return assignment(tops, evidence);
}

/**
 * The topics ingest gives an article: the learned model mixed with the word lists, which beat the word lists alone
 * on the real dev and held-out sets and on the BBC corpus (README, "Topics").
 */
export function assignTopics(parts: readonly WeightedText[]): TopicAssignment {
  return assignLearnedTopics(parts);
}
