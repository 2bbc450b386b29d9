/**
 * npx tsx scripts/quote-kinds/train.ts
 *
 * Trains the quote-kind model (src/ingest/understand/quote-kinds.ts) and writes its weights to
 * src/ingest/understand/quote-kind-weights.json. A softmax regression over the features of
 * quote-kind-features.ts, learned from:
 * - the real set's dev split (tests/eval/real, split "dev" in sources.json): every marked text labelled with its
 *   kind. Held-out articles are never read here;
 * - the team's own labelled articles (tests/eval/labels): their labels list the quotations, so a marked text
 *   they do not list is taken as a term.
 * The quotation threshold is chosen by cross-validation over articles (5 folds): the best F1 of "quotation" on the
 * real dev texts (precision and recall weigh the same in issue 16's target) that keeps the own set's quotation
 * recall at 0.975 or more (the own set's figures must not drop). The own labels were written before kinds and list some terms as quotations ("nurdles",
 * "afterglow"): asking for more recall there would teach the model that terms are quotations.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { quoteKind, type QuoteKind } from '../../src/article/article-schema';
import { FEATURE_NAMES, quoteFeatures } from '../../src/ingest/understand/quote-kind-features';
import { kindProbabilities, pickKind, type QuoteKindModel } from '../../src/ingest/understand/quote-kinds';
import { labelledLayouts } from '../../tests/eval/labelled-layouts';
import { loadRealSources } from '../../tests/eval/real/real-sources';
import { sha256 } from '../../tests/eval/real/split';

type Example = { x: number[]; y: number; weight: number; article: string; real: boolean };

const root = join(import.meta.dirname, '../..');
const classes = quoteKind.options;
const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();
// Real news is what the model is for; our own articles are many and all alike, so each real text counts more.
// Twice, not four times: with the features of December 2026 the cross-validated real F1 is the same (0.90 at
// the chosen threshold) and the own set keeps more of its quoted fragments ("said the room was “gutted”").
const REAL_WEIGHT = 2;
const L2 = 0.01;

function examplesOf(labelDir: string, real: boolean, keep: (source: string) => boolean): Example[] {
  const examples: Example[] = [];
  for (const { label, layout } of labelledLayouts(root, labelDir, keep)) {
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
      const features = quoteFeatures(layout, spot);
      examples.push({
        x: FEATURE_NAMES.map((name) => features[name]),
        y: classes.indexOf(kind),
        weight: real ? REAL_WEIGHT : 1,
        article: label.source,
        real,
      });
    });
  }
  return examples;
}

function train(examples: readonly Example[]): number[][] {
  const weights = classes.map(() => FEATURE_NAMES.map(() => 0));
  const total = examples.reduce((sum, example) => sum + example.weight, 0);
  const rate = 1;
  const scores = classes.map(() => 0);
  for (let epoch = 0; epoch < 800; epoch += 1) {
    const gradient = classes.map(() => FEATURE_NAMES.map(() => 0));
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

const asFeatures = (x: readonly number[]): Parameters<typeof kindProbabilities>[0] =>
  Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, x[i] ?? 0])) as Parameters<typeof kindProbabilities>[0];

const splits = new Map(loadRealSources(join(root, 'tests/eval/real/sources.json')).map((s) => [s.file, s.split]));
const real = examplesOf(join(root, 'tests/eval/real/labels'), true, (source) => splits.get(source) === 'dev');
const own = examplesOf(join(root, 'tests/eval/labels'), false, () => true);
const all = [...real, ...own];
console.log(`${real.length} real dev texts in marks, ${own.length} from the own set`);

// Cross-validated probabilities of "quotation" for the real dev texts, to choose the threshold on texts not trained on.
const quotation = classes.indexOf('quotation');
const fold = (example: Example): number => parseInt(sha256(example.article).slice(0, 8), 16) % 5;
const heldBack: { p: number[]; y: number }[] = [];
const ownHeldBack: { p: number[]; y: number }[] = [];
for (let k = 0; k < 5; k += 1) {
  const weights = train(all.filter((example) => fold(example) !== k));
  for (const example of all.filter((each) => fold(each) === k)) {
    (example.real ? heldBack : ownHeldBack).push({ p: kindProbabilities(asFeatures(example.x), weights), y: example.y });
  }
}
let threshold = 0.5;
let bestF1 = -1;
for (let t = 0.2; t <= 0.9; t += 0.025) {
  const said = heldBack.filter((each) => (each.p[quotation] ?? 0) >= t);
  const right = said.filter((each) => each.y === quotation).length;
  const labelled = heldBack.filter((each) => each.y === quotation).length;
  const precision = right / (said.length || 1);
  const recall = right / (labelled || 1);
  const own = ownHeldBack.filter((each) => each.y === quotation);
  const ownRecall = own.filter((each) => (each.p[quotation] ?? 0) >= t).length / (own.length || 1);
  console.log(
    `threshold ${t.toFixed(3)}: cross-validated quotation precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}; own set recall ${ownRecall.toFixed(3)}`,
  );
  const f1 = ownRecall < 0.975 ? 0 : precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  if (f1 > bestF1) {
    bestF1 = f1;
    threshold = Number(t.toFixed(3));
  }
}
const trained: QuoteKindModel = { classes: [...classes], features: [...FEATURE_NAMES], weights: train(all), quotationThreshold: threshold };
const rounded = { ...trained, weights: trained.weights.map((row) => row.map((w) => Number(w.toFixed(4)))) };
const kindsRight = heldBack.filter((each) => classes.indexOf(pickKind(each.p, trained)) === each.y).length;
console.log(`threshold ${threshold}; cross-validated kind accuracy on real dev ${(kindsRight / (heldBack.length || 1)).toFixed(3)}`);
writeFileSync(join(root, 'src/ingest/understand/quote-kind-weights.json'), `${JSON.stringify(rounded, null, 1)}\n`);
