/**
 * npx tsx scripts/quote-kinds/train.ts
 *
 * Trains the quote-kind model (src/ingest/understand/quote-kinds.ts) and writes its weights to
 * src/ingest/understand/quote-kind-weights.json. A softmax regression over the features of
 * quote-kind-features.ts and one feature for each common word before the opening mark (wordsBefore), learned from:
 * - the real set's dev split (tests/eval/real, split "dev" in sources.json): every marked text labelled with its
 *   kind. Held-out articles are never read here;
 * - the extra real articles of the same collections labelled for their quotes (scripts/speakers/extra-labels/,
 *   built by scripts/speakers/build-extra.ts; none of them in the real set): every marked text with its kind;
 * - the team's own labelled articles (tests/eval/labels): their labels list the quotations, so a marked text
 *   they do not list is taken as a term.
 * The quotation threshold is chosen by cross-validation over articles (5 folds): the best F1 of "quotation" on the
 * real texts (dev and extra) (precision and recall weigh the same in issue 16's target) that keeps the own set's quotation
 * recall at OWN_RECALL or more (the own set's figures must not drop). The own labels were written before kinds and list some terms as quotations ("nurdles",
 * "afterglow"): asking for more recall there would teach the model that terms are quotations.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { quoteKind, type QuoteKind } from '../../src/article/article-schema';
import { wordBefore } from '../../src/ingest/understand/quote-kind-features';
import { featureNamesOf, kindProbabilities, pickKind, quoteVector, type QuoteKindModel } from '../../src/ingest/understand/quote-kinds';
import { ingestFile } from '../../src/ingest/ingest-file';
import { layOutArticle, type ArticleLayout } from '../../src/ingest/understand/article-layout';
import { evalLabel, type EvalLabel } from '../../tests/eval/eval-label';
import { labelledLayouts } from '../../tests/eval/labelled-layouts';
import { loadRealSources } from '../../tests/eval/real/real-sources';
import { sha256 } from '../../tests/eval/real/split';
import { readCommandLine } from '../command-line';

type Set = 'dev' | 'extra' | 'own';
type Example = { x: number[]; before: string; y: number; weight: number; article: string; set: Set };
type Labelled = { label: Pick<EvalLabel, 'source' | 'quotes'>; layout: ArticleLayout };

const USAGE = `usage: npx tsx scripts/quote-kinds/train.ts [--dry-run] [--l2 <number>] [--real-weight <number>]

Trains the quote-kind model on the real dev split, the extra real articles and the own labelled set, prints the
cross-validated figures and writes the weights to src/ingest/understand/quote-kind-weights.json.
  --dry-run               report the cross-validated figures, write nothing
  --l2 <number>           the L2 penalty (default 0.003)
  --real-weight <number>  how much a real text counts against an own-set one (default 2)`;
// --dry-run: report the cross-validated figures, write nothing; --l2 and --real-weight try other settings.
const options = readCommandLine(USAGE, { 'dry-run': { type: 'boolean' }, l2: { type: 'string' }, 'real-weight': { type: 'string' } });

const root = join(import.meta.dirname, '../..');
const classes = quoteKind.options;
const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();
// Real news is what the model is for; our own articles are many and all alike, so each real text counts more.
// Twice, not four times: with the features of December 2026 the cross-validated real F1 is the same (0.90 at
// the chosen threshold) and the own set keeps more of its quoted fragments ("said the room was “gutted”").
// L2 0.003 over 0.01, 0.03 and 0.001 (December 2026, with the extra articles): the best cross-validated real F1
// (precision 0.903, recall 0.916 at the chosen threshold, against 0.902 and 0.908 at 0.01); a real weight of 3 or
// 4 did no better. With the words before the marks as features, 0.001 and 0.002 gave a better cross-validated real
// F1 (0.919 and 0.917 against 0.911) and log loss (0.197, 0.198 against 0.200), but the own set, trained on, lost a
// quoted fragment ("the result of “years of neglect”"), and its figures must not drop.
const REAL_WEIGHT = Number(options['real-weight'] ?? 2);
// The own set's cross-validated quotation recall a threshold must keep. 0.985, not 0.975 (December 2026): the
// real F1 is flat within 0.002 from 0.45 to 0.575, and at 0.975 the pick landed where the cross-validated own recall
// was 0.979 and the own set, trained on, lost six quoted fragments ("said the room was “gutted”").
const OWN_RECALL = 0.985;
/** How many texts in marks a word must stand before to get a weight of its own. */
const MIN_WORD_USES = 8;
const L2 = Number(options.l2 ?? 0.003);

/** The extra articles' labels (quotes only) with their built texts laid out; a text not built is left out. */
function extraLayouts(): Labelled[] {
  const dir = join(root, 'scripts/speakers/extra-labels');
  const extraLabel = z.object({ source: z.string(), quotes: evalLabel.shape.quotes });
  const found: Labelled[] = [];
  for (const file of readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const label = extraLabel.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(root, label.source));
    } catch {
      continue;
    }
    const outcome = ingestFile(bytes, label.source);
    if (outcome.ok) found.push({ label, layout: layOutArticle(outcome.article.title, outcome.article.blocks) });
  }
  return found;
}

function examplesOf(labelled: readonly Labelled[], set: Set): Example[] {
  const real = set !== 'own';
  const examples: Example[] = [];
  for (const { label, layout } of labelled) {
    const used = new Set<number>();
    const kindAt = new Map<number, QuoteKind>();
    let from = 0;
    for (const quote of label.quotes) {
      const text = normalise(quote.text);
      const same = (i: number): boolean =>
        !used.has(i) && normalise(layout.text.slice(layout.quotes[i]?.start, layout.quotes[i]?.end)) === text;
      let at = layout.quotes.findIndex((_, i) => i >= from && same(i));
      if (at < 0) at = layout.quotes.findIndex((_, i) => same(i));
      if (at < 0) continue;
      used.add(at);
      from = at + 1;
      kindAt.set(at, quote.kind ?? 'quotation');
    }
    layout.quotes.forEach((spot, i) => {
      // A marked text the real set's label lacks is a labelling gap, not a kind; the own set lists only quotations.
      const kind = kindAt.get(i) ?? (real ? null : 'term');
      if (kind === null || spot.continued) return;
      examples.push({
        x: quoteVector(layout, spot, []),
        before: wordBefore(layout, spot),
        y: classes.indexOf(kind),
        weight: real ? REAL_WEIGHT : 1,
        article: label.source,
        set,
      });
    });
  }
  return examples;
}

function train(examples: readonly Example[]): number[][] {
  const width = examples[0]?.x.length ?? 0;
  const weights = classes.map(() => Array.from({ length: width }, () => 0));
  const total = examples.reduce((sum, example) => sum + example.weight, 0);
  const rate = 1;
  const scores = classes.map(() => 0);
  for (let epoch = 0; epoch < 800; epoch += 1) {
    const gradient = classes.map(() => Array.from({ length: width }, () => 0));
    for (const { x, y, weight } of examples) {
      // The softmax of quote-kinds.ts, written out over plain arrays: training runs it a million times.
      weights.forEach((row, c) => (scores[c] = row.reduce((sum, w, f) => sum + w * (x[f] ?? 0), 0)));
      const top = Math.max(...scores);
      const exps = scores.map((score) => Math.exp(score - top));
      const sum = exps.reduce((a, b) => a + b, 0);
      exps.forEach((value, c) => {
        const error = (value / sum - (c === y ? 1 : 0)) * weight;
        const row = gradient[c] as number[];
        x.forEach((v, f) => (row[f] = (row[f] ?? 0) + error * v));
      });
    }
    weights.forEach((row, c) => row.forEach((w, f) => (row[f] = w - rate * (((gradient[c] as number[])[f] ?? 0) / total + L2 * w))));
  }
  return weights;
}

const splits = new Map(loadRealSources(join(root, 'tests/eval/real/sources.json')).map((s) => [s.file, s.split]));
const dev = examplesOf(
  labelledLayouts(root, join(root, 'tests/eval/real/labels'), (source) => splits.get(source) === 'dev'),
  'dev',
);
const extra = examplesOf(extraLayouts(), 'extra');
const own = examplesOf(
  labelledLayouts(root, join(root, 'tests/eval/labels'), () => true),
  'own',
);
const all = [...dev, ...extra, ...own];
console.log(`${dev.length} real dev texts in marks, ${extra.length} from the extra real articles, ${own.length} from the own set`);
// The words before the marks common enough to learn a weight for. Counted over every text, held back or not: the
// counts read no labels. With a weight per word ("like", "called", "said", "saying", "example") the cross-validated
// log loss fell from 0.204 to 0.200 and the real F1 rose from 0.908 to 0.911 (December 2026); at 15 uses, only
// function words are left and the gain goes.
const counts = new Map<string, number>();
for (const { before } of all) if (before) counts.set(before, (counts.get(before) ?? 0) + 1);
const wordsBefore = [...counts]
  .filter(([, count]) => count >= MIN_WORD_USES)
  .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
  .map(([word]) => word);
for (const example of all) example.x.push(...wordsBefore.map((word) => (word === example.before ? 1 : 0)));
console.log(`words before the marks with a weight of their own: ${wordsBefore.join(', ')}`);

// Cross-validated probabilities of "quotation" for the real dev texts, to choose the threshold on texts not trained on.
const quotation = classes.indexOf('quotation');
const fold = (example: Example): number => parseInt(sha256(example.article).slice(0, 8), 16) % 5;
type HeldBack = { p: number[]; y: number; set: Set };
const heldBack: HeldBack[] = [];
const ownHeldBack: HeldBack[] = [];
for (let k = 0; k < 5; k += 1) {
  const weights = train(all.filter((example) => fold(example) !== k));
  for (const example of all.filter((each) => fold(each) === k)) {
    const held = { p: kindProbabilities(example.x, weights), y: example.y, set: example.set };
    (example.set === 'own' ? ownHeldBack : heldBack).push(held);
  }
}
/** Cross-validated quotation precision and recall of `held` at threshold `t`. */
function scoreAt(held: readonly HeldBack[], t: number): { precision: number; recall: number } {
  const said = held.filter((each) => (each.p[quotation] ?? 0) >= t);
  const right = said.filter((each) => each.y === quotation).length;
  const labelled = held.filter((each) => each.y === quotation).length;
  return { precision: right / (said.length || 1), recall: right / (labelled || 1) };
}
let threshold = 0.5;
let bestF1 = -1;
for (let t = 0.2; t <= 0.9; t += 0.025) {
  const { precision, recall } = scoreAt(heldBack, t);
  const bySet = (['dev', 'extra'] as const).map((set) => {
    const score = scoreAt(
      heldBack.filter((each) => each.set === set),
      t,
    );
    return `${set} ${score.precision.toFixed(3)}/${score.recall.toFixed(3)}`;
  });
  const own = ownHeldBack.filter((each) => each.y === quotation);
  const ownRecall = own.filter((each) => (each.p[quotation] ?? 0) >= t).length / (own.length || 1);
  console.log(
    `threshold ${t.toFixed(3)}: cross-validated quotation precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${bySet.join(', ')}); own set recall ${ownRecall.toFixed(3)}`,
  );
  const f1 = ownRecall < OWN_RECALL ? 0 : precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  if (f1 > bestF1) {
    bestF1 = f1;
    threshold = Number(t.toFixed(3));
  }
}
const trained: QuoteKindModel = {
  classes: [...classes],
  features: featureNamesOf(wordsBefore),
  wordsBefore,
  weights: train(all),
  quotationThreshold: threshold,
};
const rounded = { ...trained, weights: trained.weights.map((row) => row.map((w) => Number(w.toFixed(4)))) };
const kindsRight = heldBack.filter((each) => classes.indexOf(pickKind(each.p, trained)) === each.y).length;
console.log(`threshold ${threshold}; cross-validated kind accuracy on real dev ${(kindsRight / (heldBack.length || 1)).toFixed(3)}`);
if (!options['dry-run'])
  writeFileSync(join(root, 'src/ingest/understand/quote-kind-weights.json'), `${JSON.stringify(rounded, null, 1)}\n`);
