/**
 * The words of one IPTC top-level topic, for writing synthetic articles about it. Dense in the
 * vocabulary of the topic's IPTC label and definition, so that ingest's topic assignment has
 * something real to find.
 *
 * Patterns may hold placeholders, filled per article: {place} {org} {company} {surname} {thing}
 * {action} {n} (a small number) {big} (a large one) {percent} {money} {year} {month} {weekday}.
 */
export type TopicVocabulary = {
  qcode: string;
  /** How common the topic is in the corpus, relative to the others (real news runs heavy on politics). */
  weight: number;
  /** Who acts: noun phrases that fit any past-tense or modal verb ("the finance ministry", "opposition lawmakers"). */
  subjects: string[];
  /** What they do, in the base form that follows "to" ("approve a new spending plan"). */
  actions: string[];
  /** What the story is about, noun phrases with their article ("the budget", "electoral reform"). */
  things: string[];
  /** Roles people hold ("finance minister"). */
  roles: string[];
  /** Organisations, with their article where English wants one ("the {place} City Council"). */
  organisations: string[];
  /** Things people say, without final punctuation; apostrophes written ’. */
  quotes: string[];
  /** Section headings (no full stop). */
  headings: string[];
  /** Headline patterns (no full stop). */
  headlines: string[];
  /** Sentences with figures. */
  facts: string[];
};
