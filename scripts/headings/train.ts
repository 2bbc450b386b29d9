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
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HEADING_FEATURES } from '../../src/ingest/text/heading-features';
import type { LogisticModel } from '../../src/ingest/logistic-model';
import { crossValidated, trainHeadings } from './cross-validate';
import { devBodies, examplesOf, root } from './heading-examples';

// Real news is what the model is for; our own articles are many and all alike, so each real line counts more.
const REAL_WEIGHT = 3;

const bodies = devBodies();
const real = examplesOf(bodies.real, true, REAL_WEIGHT);
const own = examplesOf(bodies.own, false, 1);
const all = [...real, ...own];
console.log(
  `${real.length} real dev candidate lines (${real.filter((e) => e.y).length} headings), ${own.length} own (${own.filter((e) => e.y).length})`,
);

const heldBack = crossValidated(all).map(({ example, p }) => ({ p, y: example.y, real: example.real }));
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
  weights: trainHeadings(all).map((w) => Number(w.toFixed(4))),
  threshold,
};
console.log(`threshold ${threshold}`);
console.log(HEADING_FEATURES.map((name, i) => `${name} ${trained.weights[i]}`).join('\n'));
writeFileSync(join(root, 'src/ingest/text/heading-weights.json'), `${JSON.stringify(trained, null, 1)}\n`);
