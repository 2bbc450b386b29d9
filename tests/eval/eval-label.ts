import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** What a text between quote marks is; a label without `kind` is a quotation (the labels written before kinds). */
export const quoteKinds = ['quotation', 'term', 'title', 'nickname', 'slogan', 'scare'] as const;
export type QuoteKind = (typeof quoteKinds)[number];

const labelledQuote = z.object({
  text: z.string(),
  speaker: z.string().nullable(),
  continued: z.boolean().optional(),
  kind: z.enum(quoteKinds).optional(),
  /** "person" when the speaker is a named person, "description" for a body or description ("the ministry") */
  speakerKind: z.enum(['person', 'description']).optional(),
});

/** True for the marked texts that are someone's words: only these are expected as quotations. */
export const isQuotation = (quote: { kind?: QuoteKind }): boolean => (quote.kind ?? 'quotation') === 'quotation';

/** One hand-made label file (tests/eval/README.md describes each field). */
export const evalLabel = z.object({
  source: z.string().min(1),
  date: z.string(),
  title: z.string().nullable(),
  titleIsHeadline: z.boolean(),
  mainTopic: z.string().regex(/^medtop:\d{2}000000$/),
  otherTopics: z.array(z.string()).default([]),
  headings: z.array(z.string()).default([]),
  quotes: z.array(labelledQuote).default([]),
  people: z.array(z.string()).default([]),
  organisations: z.array(z.string()).default([]),
  places: z.array(z.string()).default([]),
  junk: z.array(z.object({ text: z.string(), kind: z.string(), keep: z.enum(['metadata', 'remove']) })).optional(),
});

export type EvalLabel = z.infer<typeof evalLabel>;

export type LoadedLabel = { file: string; label: EvalLabel } | { file: string; error: string };

/** Every label under `dir`, in file-name order; a broken label is reported, not fatal. */
export function loadLabels(dir: string): LoadedLabel[] {
  // Recursive: the real set keeps its labels in one folder per publisher.
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .sort();
  return files.map((file) => {
    try {
      const parsed = evalLabel.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      if (!parsed.success) return { file, error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
      return { file, label: parsed.data };
    } catch (error) {
      return { file, error: (error as Error).message };
    }
  });
}
