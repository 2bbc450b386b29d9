import type { ArticleLayout } from './article-layout';
import type { Entity, EntityRegistry } from './entity-registry';
import { NAME_JOINERS } from './name-words';
import type { RulePick } from './speaker-features';
import { SPEECH_VERB_PATTERN } from './speech-verbs';

// An interview's answer line: "BM: I had to learn ...", "**HA:** Through my alumni network."
const ANSWER_LINE = /^[\s*_]*(\p{Lu}{2,3})[*_]*:[*_]*\s/u;
// What the one answering says they said or thought, right before the mark: "I started to think “...”", "I told
// them: “...”". Not what they heard: "I heard a colleague say “...”" is the colleague's.
const FIRST_PERSON_LEAD = new RegExp(
  String.raw`(?<![\p{L}'’])I(?:['’]m|['’]ve|\s+am|\s+have)?\s+(?:\p{Ll}+ly\s+|(?:started|began|used|had|have|would|will|kept|was|am)\s+(?:to\s+)?){0,2}(?:${SPEECH_VERB_PATTERN}|think|thought|thinking|realized|realised|remember|remembered)(?:\s+(?:to\s+)?(?:myself|me|them|him|her|us|you|people|everyone))?(?:\s+that)?[,:]?\s*$`,
  'u',
);

/**
 * Quotations in an interview's answers with no cue of their own: the words of the one answering, whose initials
 * open the answer ("BM:" for Bret Mogilefsky, the one person named with those initials). An answer runs on over the
 * paragraphs after its line until the next speaker's line or a heading.
 */
export function answerSpeakers(layout: ArticleLayout, registry: EntityRegistry, results: RulePick[]): void {
  const { text, quotes, passages } = layout;
  const byInitials = new Map<string, Entity | null>();
  for (const entity of registry.entities) {
    if (entity.kind !== 'person') continue;
    const words = entity.words.filter((word) => !NAME_JOINERS.has(word.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(word));
    if (words.length < 2 || words.length > 3) continue;
    const initials = words.map((word) => word[0]).join('');
    const known = byInitials.get(initials);
    // Two people with the same initials: the line names neither.
    byInitials.set(initials, known === undefined || known?.name === entity.name ? entity : null);
  }
  if (byInitials.size === 0) return;
  const answering = new Map<number, Entity | null>();
  let current: Entity | null = null;
  for (const passage of passages) {
    if (passage.kind !== 'paragraph') {
      current = null;
      continue;
    }
    const line = ANSWER_LINE.exec(text.slice(passage.start, Math.min(passage.end, passage.start + 12)));
    if (line) current = byInitials.get(line[1] as string) ?? null;
    answering.set(passage.block, current);
  }
  quotes.forEach((quote, k) => {
    const result = results[k];
    if (!result || result.how !== 'none' || result.blocked) return;
    const entity = answering.get(quote.block);
    const lead = text.slice(Math.max(0, quote.outerStart - 60), quote.outerStart);
    if (entity && FIRST_PERSON_LEAD.test(lead)) results[k] = { entity, how: 'cue' };
  });
}
