/**
 * The labelled quotations the speaker model learns from and is measured on: every labelled article of the team's
 * own set (tests/eval/labels) and of the real set's dev split (tests/eval/real, split "dev"), with the labelled
 * quotations cut out of the text (as `npm run eval -- --given-quotes` does), so speakers are learned on their own.
 * Held-out articles are never read here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { blockText } from '../../src/article/article-text';
import { join } from 'node:path';
import { decodeSource } from '../../src/ingest/decode-source';
import { ingestFile } from '../../src/ingest/ingest-file';
import { InputRejected } from '../../src/ingest/input-rejected';
import type { ParsedArticle } from '../../src/ingest/parsed-article';
import { parseTextArticle } from '../../src/ingest/text/parse-text-article';
import { layOutArticle } from '../../src/ingest/understand/article-layout';
import { buildRegistry } from '../../src/ingest/understand/entity-registry';
import { isInQuote } from '../../src/ingest/understand/article-layout';
import { findMentions } from '../../src/ingest/understand/name-mentions';
import { SPEAKER_FEATURE_NAMES } from '../../src/ingest/understand/speaker-features';
import { speakerChoices } from '../../src/ingest/understand/speakers';
import { tagTerms } from '../../src/ingest/understand/tagged-terms';
import { evalLabel, loadLabels, type EvalLabel } from '../../tests/eval/eval-label';
import { withLabelledQuotes } from '../../tests/eval/given-quotes';
import { sameSpeaker } from '../../tests/eval/same-speaker';
import { loadRealSources } from '../../tests/eval/real/real-sources';

/** One quotation: its labelled speaker, the rules' pick, and each candidate's name, features and whether it is right. */
export type QuotationExample = {
  article: string;
  /** the real set's dev split, the team's own set, or the extra speaker articles (extra-labels/) */
  set: 'real' | 'own' | 'extra';
  real: boolean;
  expected: string | null;
  continued: boolean;
  rule: string | null;
  candidates: { name: string; x: number[]; right: boolean }[];
};

/** An extra article's label: its quotes only (kinds and speakers), in the real set's format. */
const extraLabel = z.object({ source: z.string(), quotes: evalLabel.shape.quotes });

export function speakerExamples(root: string): QuotationExample[] {
  const splits = new Map(loadRealSources(join(root, 'tests/eval/real/sources.json')).map((s) => [s.file, s.split]));
  const sets = [
    { dir: join(root, 'tests/eval/real/labels'), real: true, keep: (source: string) => splits.get(source) === 'dev' },
    { dir: join(root, 'tests/eval/labels'), real: false, keep: () => true },
  ] as const;
  const examples: QuotationExample[] = [];
  const labelled: { set: QuotationExample['set']; label: { source: string; quotes: EvalLabel['quotes'] } }[] = [];
  for (const { dir, real, keep } of sets)
    for (const loaded of loadLabels(dir))
      if (!('error' in loaded) && keep(loaded.label.source)) labelled.push({ set: real ? 'real' : 'own', label: loaded.label });
  const extraDir = join(import.meta.dirname, 'extra-labels');
  for (const file of readdirSync(extraDir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.json'))
    .sort())
    labelled.push({ set: 'extra', label: extraLabel.parse(JSON.parse(readFileSync(join(extraDir, file), 'utf8'))) });
  for (const { set, label: whole } of labelled) {
    {
      const path = join(root, whole.source);
      if (!existsSync(path)) continue;
      const parsed = parsedFile(readFileSync(path), whole.source);
      if (!parsed) continue;
      // Only the quotes ingest kept in paragraphs (a heading's quote is none): one lost would stop the placing.
      const paragraphs = parsed.blocks.map((block) => (block.type === 'paragraph' ? blockText(block) : '')).join('\n');
      const label = { ...whole, quotes: whole.quotes.filter((quote) => paragraphs.includes(quote.text)) };
      const real = set !== 'own';
      const { blocks, placed } = withLabelledQuotes(parsed.blocks, label.quotes);
      const layout = layOutArticle(parsed.title, blocks);
      const terms = tagTerms(layout.text);
      const mentions = findMentions(terms, layout);
      const registry = buildRegistry(mentions, layout.text, terms, (at) => isInQuote(layout.quotes, at));
      const kinds = label.quotes.slice(0, placed).map((quote) => quote.kind ?? 'quotation');
      const { picks, candidates, speakerOf } = speakerChoices(layout, registry, mentions, kinds);
      label.quotes.slice(0, placed).forEach((quote, k) => {
        if ((quote.kind ?? 'quotation') !== 'quotation') return;
        const pick = picks[k]?.entity;
        examples.push({
          article: label.source,
          set,
          real,
          expected: quote.speaker,
          continued: quote.continued ?? false,
          rule: pick ? speakerOf(pick).name : null,
          candidates: (candidates[k] ?? []).map(({ entity, features }) => {
            const name = speakerOf(entity).name;
            return { name, x: SPEAKER_FEATURE_NAMES.map((feature) => features[feature]), right: sameSpeaker(name, quote.speaker) };
          }),
        });
      });
    }
  }
  return examples;
}

/**
 * A labelled file as ingest's text stage reads it, before understanding: the speakers are worked out above, on the
 * labelled quotations, so what ingest's own understanding would make of them (half the time) is not needed. JSON
 * input goes through ingest whole (its blocks may be stated).
 */
function parsedFile(bytes: Buffer, source: string): Pick<ParsedArticle, 'title' | 'blocks'> | null {
  if (source.toLowerCase().endsWith('.json')) {
    const outcome = ingestFile(bytes, source);
    return outcome.ok ? outcome.article : null;
  }
  try {
    return parseTextArticle(decodeSource(bytes));
  } catch (error) {
    if (error instanceof InputRejected) return null;
    throw error;
  }
}
