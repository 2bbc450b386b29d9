/**
 * npx tsx scripts/headings/ablate.ts [feature,feature...]
 *
 * What some features of the heading model are worth: the cross-validated log loss, average precision, precision and
 * recall on the real dev lines with every feature, then with the named ones blanked out (each on its own when none
 * is named). A feature earns its place when the model does worse without it. Held-out articles are never read.
 */
import { HEADING_FEATURES } from '../../src/ingest/text/heading-features';
import { exitWith, readCommandLineWithPositionals, usageError } from '../command-line';
import { averagePrecision, crossValidated, scoreOf } from './cross-validate';
import { devBodies, examplesOf, type Example } from './heading-examples';

const USAGE = `usage: npx tsx scripts/headings/ablate.ts [<feature>,<feature>...]

What some features of the heading model are worth: the cross-validated log loss, average precision, and precision and
recall at a few thresholds, on the real dev lines with every feature, then without the named features (blanked out
together), or without each feature but the bias in turn when none is named. Held-out articles are never read.
  <feature>,...  names from HEADING_FEATURES (src/ingest/text/heading-features.ts), comma-separated`;
const { positionals } = readCommandLineWithPositionals(USAGE, {}, 1);
const named = positionals[0]?.split(',').filter(Boolean) ?? [];
for (const name of named) if (!(HEADING_FEATURES as readonly string[]).includes(name)) exitWith(usageError(USAGE, `no feature ${name}`));

const REAL_WEIGHT = 3;
const THRESHOLDS = [0.3, 0.4, 0.5, 0.6];

const bodies = devBodies();
const examples = [...examplesOf(bodies.real, true, REAL_WEIGHT), ...examplesOf(bodies.own, false, 1)];
const without = (names: ReadonlySet<string>): Example[] =>
  examples.map((example) => ({ ...example, x: example.x.map((v, i) => (names.has(HEADING_FEATURES[i] as string) ? 0 : v)) }));

function report(label: string, names: ReadonlySet<string>): void {
  const heldBack = crossValidated(without(names));
  const { logLoss } = scoreOf(heldBack, 0.5);
  const at = THRESHOLDS.map((t) => {
    const { precision, recall } = scoreOf(heldBack, t);
    return `${t}: ${precision.toFixed(3)}/${recall.toFixed(3)}`;
  });
  console.log(`${label.padEnd(28)} log loss ${logLoss.toFixed(4)}  AP ${averagePrecision(heldBack).toFixed(4)}  P/R ${at.join('  ')}`);
}

report('all features', new Set());
if (named.length) report(`without ${named.join('+')}`, new Set(named));
else for (const name of HEADING_FEATURES.slice(1)) report(`without ${name}`, new Set([name]));
