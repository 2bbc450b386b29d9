/**
 * The article format: Broadsheet's public contract.
 *
 * This zod schema is the single source of truth. The TypeScript types below are inferred from it and
 * `article.schema.json` is generated from it (`npm run schema`), with a test that fails when the
 * committed JSON Schema drifts from this file.
 *
 * Ingest writes every field. Other tools that produce article JSON for Broadsheet may leave out the
 * derived fields (marked "derived"): ingest computes them again on input anyway.
 */
import { z } from 'zod';
import { MAX_ARTICLE_ID_LENGTH, URL_SLUG } from './article-id-format';
import { isCalendarDate } from './calendar-date';

/** Dates are plain calendar days; impossible days (2021-02-30) are rejected, never shifted. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isCalendarDate, 'must be a real calendar day');

export const articleId = z.string().regex(URL_SLUG, 'must be lowercase letters, digits and single hyphens').max(MAX_ARTICLE_ID_LENGTH);

export const topicQcode = z.string().regex(/^medtop:\d{8}$/, 'must be an IPTC Media Topic qcode like medtop:11000000');

export const textInline = z.object({
  type: z.literal('text'),
  text: z.string(),
});

/** Text between quote marks is someone's words only when its kind is "quotation" (article JSON without kinds: all are). */
export const quoteKind = z.enum(['quotation', 'term', 'title', 'nickname', 'slogan', 'scare']);

export const quoteInline = z.object({
  type: z.literal('quote'),
  text: z.string().describe('Exactly what stands between the marks.'),
  speaker: z
    .string()
    .min(1)
    .nullable()
    .describe('Who said it, named in full as first introduced; null for a scare quote or an unattributable one.'),
  open: z.string().describe('The opening mark as written; "" where it is missing.'),
  close: z.string().describe('The closing mark as written; "" where it is missing (an unclosed mark runs to the end of its paragraph).'),
  continued: z
    .boolean()
    .default(false)
    .describe('True when this inline continues the quotation of an earlier paragraph: together they read as one quotation.'),
  kind: quoteKind
    .optional()
    .describe(
      'What the marked text is (missing: "quotation", as in article JSON written before kinds): someone\'s words, or a term, a title of a work, a nickname, a slogan or a scare quote. Only quotations are highlighted, counted and given speakers; the others read as plain text with their marks.',
    ),
  speakerKind: z
    .enum(['person', 'description'])
    .optional()
    .describe(
      'Set with a speaker: "person" for a named person, "description" for a body or a description the text gives instead ("the ministry", "a police spokesperson").',
    ),
});

export const inline = z.discriminatedUnion('type', [textInline, quoteInline]);

export const headingBlock = z.object({
  type: z.literal('heading'),
  id: z
    .string()
    .regex(URL_SLUG, 'must be a URL fragment of lowercase words joined by hyphens')
    .describe('Unique within the article; the fragment that links to this section (`#focus-on-training-missions`).'),
  text: z.string().min(1),
});

export const paragraphBlock = z.object({
  type: z.literal('paragraph'),
  inlines: z.array(inline).min(1),
});

export const block = z.discriminatedUnion('type', [headingBlock, paragraphBlock]);

export const metadataKind = z.enum(['byline', 'credit', 'caption', 'timestamp']);

export const removedText = z.object({
  text: z.string().describe('Exactly what was taken out; a span cut from inside a paragraph keeps the space that went with it.'),
  reason: z.string().min(1).describe('Why cleaning took it out, in words a person understands ("share buttons", "HTML tag").'),
  at: z
    .number()
    .int()
    .min(-1)
    .describe(
      'The index of the block it stood before (blocks.length when it stood after the last block); -1 when it stood before or inside the headline line (titleSource "headline").',
    ),
  offset: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('Set when it stood inside that block (or inside the headline): the character offset in its text where it goes back.'),
  keptAs: metadataKind
    .optional()
    .describe(
      'Set when it is kept as article metadata too (see `metadata`): a byline, credit, caption or timestamp, shown in its place rather than as junk.',
    ),
});

export const entities = z.object({
  people: z.array(z.string().min(1)),
  organisations: z.array(z.string().min(1)),
  places: z.array(z.string().min(1)),
});

/** Lines that are not body text but belong to the article: shown in their place, not as paragraphs. */
export const articleMetadata = z.object({
  byline: z.string().optional(),
  credits: z.array(z.string()).optional(),
  captions: z.array(z.string()).optional(),
  timestamps: z.array(z.string()).optional(),
});

export const article = z.object({
  id: articleId.describe('URL-safe and stable: the same source file gets the same id on every run.'),
  date: isoDate,
  title: z.string().min(1).describe('The headline when the text has one, else a readable title derived from the lead.'),
  titleSource: z
    .enum(['headline', 'lead', 'input'])
    .default('input')
    .describe("Where the title came from: the text's own headline line, the lead sentence, or the JSON input."),
  source: z.string().describe("Input path relative to the ingest's --in folder, with forward slashes."),
  blocks: z.array(block).min(1).refine(haveUniqueHeadingIds, 'heading ids must be unique within the article'),
  topics: z.array(topicQcode).describe('IPTC Media Topic qcodes, most relevant first.'),
  topicScores: z
    .record(topicQcode, z.number().min(0).max(1))
    .default({})
    .describe('Relevance of each topic in `topics`, 0 to 1 (derived).'),
  entities: entities.default({ people: [], organisations: [], places: [] }),
  removed: z.array(removedText).default([]).describe('What cleaning took out, kept so nothing is lost.'),
  metadata: articleMetadata.default({}),
  excerpt: z.string().default('').describe('Derived: the lead, cut between words, for lists and link previews.'),
  wordCount: z.number().int().min(0).default(0).describe('Derived: words of body text.'),
  readingMinutes: z.number().int().min(1).default(1).describe('Derived: minutes to read at 230 words a minute, at least 1.'),
});

export type TextInline = z.infer<typeof textInline>;
export type QuoteInline = z.infer<typeof quoteInline>;
export type QuoteKind = z.infer<typeof quoteKind>;
export type Inline = z.infer<typeof inline>;
export type HeadingBlock = z.infer<typeof headingBlock>;
export type ParagraphBlock = z.infer<typeof paragraphBlock>;
export type Block = z.infer<typeof block>;
export type RemovedText = z.infer<typeof removedText>;
export type MetadataKind = z.infer<typeof metadataKind>;
export type Entities = z.infer<typeof entities>;
export type ArticleMetadata = z.infer<typeof articleMetadata>;
/** An article as ingest writes it: every field present. */
export type Article = z.infer<typeof article>;
/** An article as another tool may write it: derived fields may be missing. */
export type ArticleInput = z.input<typeof article>;

function haveUniqueHeadingIds(blocks: ReadonlyArray<{ type: string; id?: string }>): boolean {
  const ids = blocks.flatMap((each) => (each.type === 'heading' && each.id ? [each.id] : []));
  return new Set(ids).size === ids.length;
}
