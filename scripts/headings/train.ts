/**
 * npx tsx scripts/headings/train.ts
 *
 * Trains the heading model (src/ingest/text/heading-model.ts) and writes its weights to
 * src/ingest/text/heading-weights.json: a logistic regression over the features of heading-features.ts, learned
 * from every candidate line of
 * - the real set's dev split (tests/eval/real, split "dev" in sources.json): a line is a heading when its label
 *   lists it. Held-out articles are never read here;
 * - the team's own labelled text articles (tests/eval/labels), labelled the same way.
 * The threshold is chosen by cross-validation over articles (5 folds): the best F1 of headings on the real dev
 * lines among thresholds that keep the own set's headings all right (F0.5, precision first, bought 0.04 of
 * precision with 0.06 of recall: below the rules' recall, which issue 16 wants raised too).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  bodyShape,
  HEADING_FEATURES,
  headingFeatures,
  isHeadingCandidate,
  type HeadingFeatures,
} from '../../src/ingest/text/heading-features';
import type { LogisticModel } from '../../src/ingest/logistic-model';
import { headingProbability } from '../../src/ingest/text/heading-model';
import { cleanLines } from '../../src/ingest/text/clean-lines';
import { readDatePrefix } from '../../src/ingest/text/date-prefix';
import { cutInlineCredits } from '../../src/ingest/text/inline-credits';
import { assembleDrafts } from '../../src/ingest/text/paragraph-drafts';
import { readSourceLines } from '../../src/ingest/text/source-lines';
import { chooseTitle } from '../../src/ingest/text/title';
import { loadLabels } from '../../tests/eval/eval-label';
import { loadRealSources } from '../../tests/eval/real/real-sources';
import { sha256 } from '../../tests/eval/real/split';
import { trainLogistic } from '../logistic-training';

type Example = { x: number[]; features: HeadingFeatures; y: number; weight: number; article: string; real: boolean };

const root = join(import.meta.dirname, '../..');
// Real news is what the model is for; our own articles are many and all alike, so each real line counts more.
const REAL_WEIGHT = 3;
const L2 = 0.002;
const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The body drafts of a text article, as parseTextArticle hands them to buildBlocks. */
function bodyDrafts(text: string): ReturnType<typeof chooseTitle>['body'] {
  const { rest } = readDatePrefix(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  return chooseTitle(cutInlineCredits(assembleDrafts(cleanLines(readSourceLines(rest))).drafts)).body;
}

function examplesOf(labelDir: string, real: boolean, keep: (source: string) => boolean): Example[] {
  const examples: Example[] = [];
  for (const loaded of loadLabels(labelDir)) {
    if ('error' in loaded || !keep(loaded.label.source) || !loaded.label.source.endsWith('.txt')) continue;
    const path = join(root, loaded.label.source);
    if (!existsSync(path)) continue;
    const drafts = bodyDrafts(readFileSync(path, 'utf8'));
    const headings = loaded.label.headings.map(normalise);
    const shape = bodyShape(drafts);
    drafts.forEach((draft, index) => {
      if (index === drafts.length - 1 || !isHeadingCandidate(draft)) return;
      const features = headingFeatures(drafts, index, shape);
      const at = headings.indexOf(normalise(draft.text));
      if (at >= 0) headings.splice(at, 1);
      examples.push({
        x: HEADING_FEATURES.map((name) => features[name]),
        features,
        y: at >= 0 ? 1 : 0,
        weight: real ? REAL_WEIGHT : 1,
        article: loaded.label.source,
        real,
      });
    });
  }
  return examples;
}

function train(examples: readonly Example[]): number[] {
  return trainLogistic(examples, HEADING_FEATURES.length, { epochs: 3000, rate: 1, l2: L2 });
}

const splits = new Map(loadRealSources(join(root, 'tests/eval/real/sources.json')).map((s) => [s.file, s.split]));
const real = examplesOf(join(root, 'tests/eval/real/labels'), true, (source) => splits.get(source) === 'dev');
const own = examplesOf(join(root, 'tests/eval/labels'), false, () => true);
const all = [...real, ...own];
console.log(
  `${real.length} real dev candidate lines (${real.filter((e) => e.y).length} headings), ${own.length} own (${own.filter((e) => e.y).length})`,
);

const fold = (example: Example): number => parseInt(sha256(example.article).slice(0, 8), 16) % 5;
const heldBack: { p: number; y: number; real: boolean }[] = [];
for (let k = 0; k < 5; k += 1) {
  const weights = train(all.filter((example) => fold(example) !== k));
  for (const example of all.filter((each) => fold(each) === k)) {
    heldBack.push({ p: headingProbability(example.features, weights), y: example.y, real: example.real });
  }
}
let threshold = 0.5;
let best = -1;
for (let t = 0.2; t <= 0.9; t += 0.025) {
  const score = (real: boolean): { precision: number; recall: number } => {
    const lines = heldBack.filter((each) => each.real === real);
    const said = lines.filter((each) => each.p >= t);
    const right = said.filter((each) => each.y === 1).length;
    return { precision: right / (said.length || 1), recall: right / (lines.filter((each) => each.y === 1).length || 1) };
  };
  const dev = score(true);
  const mine = score(false);
  console.log(
    `threshold ${t.toFixed(3)}: cross-validated real dev precision ${dev.precision.toFixed(3)}, recall ${dev.recall.toFixed(3)}; own ${mine.precision.toFixed(3)} / ${mine.recall.toFixed(3)}`,
  );
  const f = dev.precision + dev.recall ? (2 * dev.precision * dev.recall) / (dev.precision + dev.recall) : 0;
  if (mine.precision >= 0.98 && mine.recall >= 0.98 && f > best) {
    best = f;
    threshold = Number(t.toFixed(3));
  }
}
const trained: LogisticModel = {
  features: [...HEADING_FEATURES],
  weights: train(all).map((w) => Number(w.toFixed(4))),
  threshold,
};
console.log(`threshold ${threshold}`);
console.log(HEADING_FEATURES.map((name, i) => `${name} ${trained.weights[i]}`).join('\n'));
writeFileSync(join(root, 'src/ingest/text/heading-weights.json'), `${JSON.stringify(trained, null, 1)}\n`);
