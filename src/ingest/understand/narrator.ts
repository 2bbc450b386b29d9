import type { ArticleLayout } from './article-layout';
import type { Entity, EntityRegistry } from './entity-registry';
import type { Mention } from './name-mentions';

// "Remarks by Secretary of the Treasury Janet L. Yellen at ...", "Statement from Secretary Steven T. Mnuchin on ...",
// "Testimony of ... Before ...": the person after the opening words speaks the whole text.
// "Virtual Remarks by", "Quarterly Refunding Statement of" too.
const OWN_WORDS_BY =
  /^(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Remarks|Statement|Testimony|Address|Speech|Letter|Op-Ed|Message|Keynote)\s+(?:by|of|from)\s+/u;
// Where the name ends: the occasion, place or subject that follows it.
const AFTER_NAME = /\s+(?:at|on|to|before|ahead|in|for|during|regarding|about|with)\s|[,:;–—]|\s-\s/u;

/**
 * Who "I" is in a text that is someone's own words, as its title says (above): in "I said at the first Summit that
 * “...”" they quote themselves. Null for any other text, where "I" outside quotation marks is a writer the text does
 * not name (tests/eval/real/LABELLING.md).
 */
export function narratorOf(layout: ArticleLayout, registry: EntityRegistry, mentions: readonly Mention[]): Entity | null {
  // A headline too long to be taken for one opens the text as its first paragraph.
  const title = layout.passages[0];
  if (!title) return null;
  const text = layout.text.slice(title.start, title.end);
  const span = nameSpan(text);
  if (!span) return null;
  const start = title.start + span.start;
  const end = title.start + span.end;
  const named = mentions.filter((mention) => mention.start >= start && mention.end <= end);
  for (const mention of named.reverse()) {
    const known = registry.entityOf.get(mention);
    if (known) return known.kind === 'person' ? known : null;
    if (isPersonLike(mention)) return entityOfMention(mention);
  }
  return null;
}

/** Where in the title the speaker's role and name stand, or null when it does not open with someone's own words. */
function nameSpan(title: string): { start: number; end: number } | null {
  const by = OWN_WORDS_BY.exec(title);
  if (!by) return null;
  const start = by.index + by[0].length;
  const rest = title.slice(start);
  const stop = AFTER_NAME.exec(rest);
  return { start, end: start + (stop ? stop.index : rest.length) };
}

function isPersonLike(mention: Mention): boolean {
  const { person, organisation, place } = mention.evidence;
  return person > 0 && person > organisation && person > place;
}

/** A person the body never names (a speech in the first person): known from the title alone. */
function entityOfMention(mention: Mention): Entity {
  return {
    kind: 'person',
    name: mention.name,
    words: mention.words,
    mentions: [mention],
    gender: mention.gender,
    genderFromTitle: Boolean(mention.role),
    roles: mention.role ? [mention.role] : [],
    evidence: { ...mention.evidence },
    aliases: new Set([mention.name.toLowerCase()]),
  };
}
