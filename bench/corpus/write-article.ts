import { allTopics } from './all-topics';
import { capitalise, createContext, fill, pickFresh, sentenceTopic, type ArticleContext } from './article-context';
import { GENERIC_HEADINGS, LEADS, NARRATIVE } from './generic-phrases';
import { QUOTE_STYLES, quotationParagraphs, type QuotationState } from './quotation-paragraphs';
import type { CorpusWorld } from './corpus-world';
import type { Random } from './random';

const MIN_WORDS = 150;
const MAX_WORDS = 2000;
/** About 2 KB of text, the median length of a news article. */
const MEDIAN_WORDS = 300;

/** One article in the input format: " date YYYY-MM-DD", an optional headline line, paragraphs split by blank lines. */
export function writeArticle(world: CorpusWorld, random: Random, date: string): string {
  const topic = random.weighted(allTopics, (each) => each.weight);
  const secondary = random.chance(0.4)
    ? random.weighted(
        allTopics.filter((each) => each !== topic),
        (each) => each.weight,
      )
    : null;
  const context = createContext(world, random, date, topic, secondary);
  const marks = random.weighted(QUOTE_STYLES, (style) => style.weight);
  const quotations: QuotationState = { lastSpeaker: null };
  const target = targetWords(random);

  const blocks: string[] = [];
  let words = 0;
  const add = (text: string) => {
    blocks.push(text);
    words += text.split(' ').length;
  };
  add(paragraph(context, random.pick(LEADS), random.int(0, 1)));

  const headings = headingPlan(context, target);
  let sinceHeading = 0;
  while (words < target) {
    if (headings.length && sinceHeading >= 3 && random.chance(0.35)) {
      add(headings.pop() as string);
      sinceHeading = 0;
    }
    const kind = random.next();
    if (kind < 0.35) for (const text of quotationParagraphs(context, marks, quotations)) add(text);
    else if (kind < 0.55) add(factParagraph(context));
    else add(paragraph(context, pickFresh(context, NARRATIVE), random.int(0, 2)));
    sinceHeading += 1;
  }

  let text = ` date ${date} ${headline(context)}${blocks.join('\n\n')}\n`;
  if (marks.straightApostrophes) text = text.replaceAll('’', "'");
  return text;
}

/** Word counts like real news: log-normal around the median, a long tail, within 150-2,000 words. */
function targetWords(random: Random): number {
  let words = Math.exp(Math.log(MEDIAN_WORDS) + 0.5 * random.normal());
  if (random.chance(0.04)) words *= 2 + 2 * random.next();
  return Math.round(Math.min(MAX_WORDS, Math.max(MIN_WORDS, words)));
}

/** Longer articles get up to four distinct section headings, from the topic's and the general ones. */
function headingPlan(context: ArticleContext, target: number): string[] {
  if (target < 350) return [];
  const { random } = context;
  const pool = [...context.topic.headings, ...GENERIC_HEADINGS];
  const chosen = new Set<string>();
  const wanted = random.int(0, Math.min(4, Math.floor(target / 200)));
  while (chosen.size < wanted) chosen.add(random.pick(pool));
  return [...chosen];
}

/** The headline and what separates it from the body, or "" for an article that starts with its lead (as the seed does). */
function headline(context: ArticleContext): string {
  const { random } = context;
  if (!random.chance(0.55)) return '';
  const line = capitalise(fill(context, random.pick(context.topic.headlines)));
  return `${line}${random.chance(0.7) ? '\n\n' : '\n'}`;
}

function paragraph(context: ArticleContext, first: string, more: number): string {
  const sentences = [fill(context, first, sentenceTopic(context))];
  for (let index = 0; index < more; index += 1) {
    sentences.push(fill(context, pickFresh(context, NARRATIVE), sentenceTopic(context)));
  }
  return sentences.join(' ');
}

function factParagraph(context: ArticleContext): string {
  const topic = sentenceTopic(context);
  return paragraph(context, pickFresh(context, topic.facts), context.random.int(0, 1));
}
