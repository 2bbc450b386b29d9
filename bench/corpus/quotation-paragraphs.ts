import { capitalise, fill, mention, pickFresh, pronoun, type ArticleContext, type CastMember } from './article-context';
import { FRAGMENTS, GENERIC_QUOTES, SCARE_PHRASES } from './generic-phrases';

/** How an article writes its quotation marks: curly, straight, British single, or the seed's mix. */
export type QuoteMarks = {
  weight: number;
  open: string;
  close: string;
  innerOpen: string;
  innerClose: string;
  /** Plain-text sources type apostrophes straight too. */
  straightApostrophes: boolean;
};

export const QUOTE_STYLES: readonly QuoteMarks[] = [
  { weight: 55, open: '“', close: '”', innerOpen: '‘', innerClose: '’', straightApostrophes: false },
  { weight: 28, open: '"', close: '"', innerOpen: "'", innerClose: "'", straightApostrophes: true },
  { weight: 10, open: '‘', close: '’', innerOpen: '“', innerClose: '”', straightApostrophes: false },
  // A straight opening mark closed by a curly one, as in the seed article.
  { weight: 7, open: '"', close: '”', innerOpen: '‘', innerClose: '’', straightApostrophes: false },
];

/** Who spoke last, so that "he added" points at the right person. */
export type QuotationState = { lastSpeaker: CastMember | null };

/** One quotation with its speaker cue, written one of the ways news writes them; continued ones take two paragraphs. */
export function quotationParagraphs(context: ArticleContext, marks: QuoteMarks, state: QuotationState): string[] {
  const { random } = context;
  const { open: o, close: c } = marks;
  const member = state.lastSpeaker && random.chance(0.4) ? state.lastSpeaker : random.pick(context.cast);
  const repeat = state.lastSpeaker === member;
  state.lastSpeaker = member;
  const body = quoteBody(context);
  const form = random.int(0, 9);
  switch (form) {
    case 0:
      return [`${o}${body},${c} said ${cueAfter(member)}.`];
    case 1:
      return [`${o}${body},${c} ${member.mentioned ? (repeat ? pronoun(member) : member.last) : cueAfter(member)} said.`];
    case 2:
      return [`${capitalise(mention(member))} told reporters: ${o}${body}.${c}`];
    case 3:
      return member.mentioned ? [`${o}${body},${c} said the ${member.role}.`] : [`${o}${body},${c} said ${cueAfter(member)}.`];
    case 4: {
      const organisation = capitalise(fill(context, '{org}'));
      state.lastSpeaker = null;
      return [`${organisation} said in a statement that the decision was ${o}${random.pick(FRAGMENTS)}${c}.`];
    }
    case 5:
      return [
        `${capitalise(mention(member))} said: ${o}${quoteBody(context)}. ${quoteSentence(context)}.`,
        `${o}${body},${c} ${pronoun(member)} added.`,
      ];
    case 6:
      return [
        `${o}${quoteSentence(context)}. They told us ${marks.innerOpen}${random.pick(FRAGMENTS)}${marks.innerClose}, and nothing changed,${c} said ${cueAfter(member)}.`,
      ];
    case 7:
      state.lastSpeaker = null;
      return [fill(context, `The so-called ${o}${random.pick(SCARE_PHRASES)}${c} has drawn criticism from {org}.`)];
    case 8:
      return [`As ${member.mentioned ? member.last : cueAfter(member)} put it: ${o}${body}.${c}`];
    default:
      return [`According to ${cueAfter(member)}, the outcome was ${o}${random.pick(FRAGMENTS)}${c}.`];
  }
}

/** A speaker named after the quotation: "Ada Vorsson, the finance minister" the first time, "Vorsson" after. */
function cueAfter(member: CastMember): string {
  if (member.mentioned) return member.last;
  member.mentioned = true;
  return `${member.first} ${member.last}, the ${member.role}`;
}

function quoteBody(context: ArticleContext): string {
  const first = quoteSentence(context);
  return context.random.chance(0.35) ? `${first}. ${quoteSentence(context)}` : first;
}

function quoteSentence(context: ArticleContext): string {
  return pickFresh(context, context.random.chance(0.7) ? context.topic.quotes : GENERIC_QUOTES);
}
