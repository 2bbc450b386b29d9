import type { Article } from '../../src/article/article-schema';
import { blockText } from '../../src/article/article-text';
import { topLevelOf } from '../../src/ingest/understand/topic-tree';
import { isQuotation, type EvalLabel, type QuoteKind } from './eval-label';
import { sameSpeaker } from './same-speaker';

/** Counts for one article; the summary adds them up, so every field is a plain count. */
export type Tally = {
  articles: number;
  quotesLabelled: number;
  quotesFound: number;
  quotesMatched: number;
  speakersRight: number;
  /** texts in quote marks labelled as something else (term, title, nickname, slogan, scare quote) */
  otherMarkedLabelled: number;
  /** ... of which ingest highlighted as a quotation */
  otherMarkedHighlighted: number;
  topicTop1: number;
  topicTop1Fair: number;
  topicTop3: number;
  headingsLabelled: number;
  headingsFound: number;
  headingsMatched: number;
  headlinesLabelled: number;
  headlinesRight: number;
  leadTitlesLabelled: number;
  leadTitlesTakenAsHeadline: number;
  peopleLabelled: number;
  peopleFound: number;
  peopleListed: number;
  organisationsLabelled: number;
  organisationsFound: number;
  organisationsListed: number;
  placesLabelled: number;
  placesFound: number;
  placesListed: number;
  junkArticles: number;
  junkLines: number;
  junkHandled: number;
  junkInRightPlace: number;
  junkShownAsBody: number;
  junkArticlesClean: number;
};

export type ArticleScore = { tally: Tally; misses: string[] };

export function emptyTally(): Tally {
  return {
    articles: 0,
    quotesLabelled: 0,
    quotesFound: 0,
    quotesMatched: 0,
    speakersRight: 0,
    otherMarkedLabelled: 0,
    otherMarkedHighlighted: 0,
    topicTop1: 0,
    topicTop1Fair: 0,
    topicTop3: 0,
    headingsLabelled: 0,
    headingsFound: 0,
    headingsMatched: 0,
    headlinesLabelled: 0,
    headlinesRight: 0,
    leadTitlesLabelled: 0,
    leadTitlesTakenAsHeadline: 0,
    peopleLabelled: 0,
    peopleFound: 0,
    peopleListed: 0,
    organisationsLabelled: 0,
    organisationsFound: 0,
    organisationsListed: 0,
    placesLabelled: 0,
    placesFound: 0,
    placesListed: 0,
    junkArticles: 0,
    junkLines: 0,
    junkHandled: 0,
    junkInRightPlace: 0,
    junkShownAsBody: 0,
    junkArticlesClean: 0,
  };
}

export function addTallies(total: Tally, one: Tally): Tally {
  const sum = { ...total };
  for (const key of Object.keys(sum) as (keyof Tally)[]) sum[key] += one[key];
  return sum;
}

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Compares what ingest made of one file with its label. */
export function scoreArticle(article: Article, label: EvalLabel): ArticleScore {
  const tally = emptyTally();
  const misses: string[] = [];
  tally.articles = 1;
  scoreQuotes(article, label, tally, misses);
  scoreTopics(article, label, tally, misses);
  scoreHeadings(article, label, tally, misses);
  scoreTitle(article, label, tally, misses);
  scoreEntities(article, label, tally, misses);
  if (label.junk) scoreJunk(article, label.junk, tally, misses);
  return { tally, misses };
}

function scoreQuotes(article: Article, label: EvalLabel, tally: Tally, misses: string[]): void {
  // Every quote ingest emits counts as a quotation unless it says otherwise (a `kind` other than "quotation").
  const found = article.blocks.flatMap((block) =>
    block.type === 'paragraph'
      ? block.inlines.flatMap((inline) => (inline.type === 'quote' && isQuotation(inline as { kind?: QuoteKind }) ? [inline] : []))
      : [],
  );
  // Terms, titles, nicknames, slogans and scare quotes are not quotations: highlighting one is a false quotation.
  const expectedQuotes = label.quotes.filter(isQuotation);
  const otherMarked = new Set(label.quotes.filter((quote) => !isQuotation(quote)).map((quote) => normalise(quote.text)));
  tally.quotesLabelled = expectedQuotes.length;
  tally.quotesFound = found.length;
  tally.otherMarkedLabelled = label.quotes.length - expectedQuotes.length;
  // In order: each labelled quotation takes the first unused found one with the same text.
  const used = new Set<number>();
  let from = 0;
  for (const expected of expectedQuotes) {
    const text = normalise(expected.text);
    let at = found.findIndex((quote, i) => i >= from && !used.has(i) && normalise(quote.text) === text);
    if (at < 0) at = found.findIndex((quote, i) => !used.has(i) && normalise(quote.text) === text);
    if (at < 0) {
      misses.push(`quote missed: “${short(text)}”`);
      continue;
    }
    used.add(at);
    from = at + 1;
    tally.quotesMatched += 1;
    const speaker = found[at]?.speaker ?? null;
    if (sameSpeaker(speaker, expected.speaker)) tally.speakersRight += 1;
    else misses.push(`speaker of “${short(text)}”: ${speaker ?? 'null'}, expected ${expected.speaker ?? 'null'}`);
  }
  found.forEach((quote, i) => {
    if (used.has(i)) return;
    const text = normalise(quote.text);
    if (otherMarked.has(text)) {
      tally.otherMarkedHighlighted += 1;
      misses.push(`false quote (labelled as a ${label.quotes.find((q) => normalise(q.text) === text)?.kind}): “${short(text)}”`);
    } else misses.push(`false quote: “${short(text)}”`);
  });
}

function scoreTopics(article: Article, label: EvalLabel, tally: Tally, misses: string[]): void {
  const tops = [...new Set(article.topics.map(topLevelOf))];
  const fair = new Set([label.mainTopic, ...label.otherTopics]);
  if (tops[0] === label.mainTopic) tally.topicTop1 = 1;
  if (tops[0] !== undefined && fair.has(tops[0])) tally.topicTop1Fair = 1;
  if (tops.slice(0, 3).includes(label.mainTopic)) tally.topicTop3 = 1;
  if (!tally.topicTop1) misses.push(`topic: ${tops.slice(0, 3).join(', ') || 'none'}, expected ${label.mainTopic}`);
}

function scoreHeadings(article: Article, label: EvalLabel, tally: Tally, misses: string[]): void {
  const found = article.blocks.flatMap((block) => (block.type === 'heading' ? [normalise(block.text)] : []));
  const expected = label.headings.map(normalise);
  tally.headingsLabelled = expected.length;
  tally.headingsFound = found.length;
  const left = [...found];
  for (const heading of expected) {
    const at = left.indexOf(heading);
    if (at >= 0) {
      left.splice(at, 1);
      tally.headingsMatched += 1;
    } else misses.push(`heading missed: ${heading}`);
  }
  for (const heading of left) misses.push(`false heading: ${heading}`);
}

function scoreTitle(article: Article, label: EvalLabel, tally: Tally, misses: string[]): void {
  if (label.titleIsHeadline) {
    tally.headlinesLabelled = 1;
    if (label.title !== null && normalise(article.title) === normalise(label.title)) tally.headlinesRight = 1;
    else misses.push(`title: “${article.title}”, expected “${label.title ?? ''}”`);
  } else {
    tally.leadTitlesLabelled = 1;
    if (article.titleSource === 'headline') {
      tally.leadTitlesTakenAsHeadline = 1;
      misses.push(`title: “${article.title}” taken as a headline, but the text has none`);
    }
  }
}

function scoreEntities(article: Article, label: EvalLabel, tally: Tally, misses: string[]): void {
  // A label with no entity at all has not labelled them (the real set leaves them for later).
  if (!label.people.length && !label.organisations.length && !label.places.length) return;
  const kinds = [
    ['people', 'peopleLabelled', 'peopleFound', 'peopleListed'],
    ['organisations', 'organisationsLabelled', 'organisationsFound', 'organisationsListed'],
    ['places', 'placesLabelled', 'placesFound', 'placesListed'],
  ] as const;
  for (const [kind, labelled, foundKey, listed] of kinds) {
    const got = new Set(article.entities[kind].map((name) => normalise(name).toLowerCase()));
    tally[labelled] = label[kind].length;
    tally[listed] = got.size;
    for (const name of label[kind]) {
      if (got.has(normalise(name).toLowerCase())) tally[foundKey] += 1;
      else misses.push(`${kind} missed: ${name}`);
    }
    const expected = new Set(label[kind].map((name) => normalise(name).toLowerCase()));
    const extra = article.entities[kind].filter((name) => !expected.has(normalise(name).toLowerCase()));
    if (extra.length) misses.push(`${kind} not labelled: ${extra.join('; ')}`);
  }
}

function scoreJunk(article: Article, junk: NonNullable<EvalLabel['junk']>, tally: Tally, misses: string[]): void {
  tally.junkArticles = 1;
  tally.junkLines = junk.length;
  const body = article.blocks.map((block) => normalise(blockText(block)));
  const removed = article.removed.map((item) => normalise(item.text));
  const { byline, credits = [], captions = [], timestamps = [] } = article.metadata;
  const metadata = [...(byline ? [byline] : []), ...credits, ...captions, ...timestamps].map(normalise);
  let clean = true;
  for (const line of junk) {
    const text = normalise(line.text);
    if (!text) continue;
    const inRemoved = removed.some((item) => item.includes(text));
    const inMetadata = metadata.some((item) => item.includes(text));
    const inBody = body.some((block) => block.includes(text));
    if (inBody) {
      tally.junkShownAsBody += 1;
      clean = false;
      misses.push(`junk shown as body (${line.kind}): ${short(text)}`);
    } else if (inRemoved || inMetadata) {
      tally.junkHandled += 1;
      if ((line.keep === 'metadata' && inMetadata) || (line.keep === 'remove' && inRemoved)) tally.junkInRightPlace += 1;
      else misses.push(`junk kept in the wrong place (${line.kind}, should go to ${line.keep}): ${short(text)}`);
    } else misses.push(`junk line lost (${line.kind}): ${short(text)}`);
  }
  if (clean) tally.junkArticlesClean = 1;
}

function short(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67)}...` : text;
}
