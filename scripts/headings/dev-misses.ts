/**
 * npx tsx scripts/headings/dev-misses.ts [threshold]
 *
 * Lists the real dev set's heading misses as the model makes them under cross-validation (heading-examples.ts,
 * cross-validate.ts), each with the line before and after it: what to read before changing a feature. Labelled
 * headings that are not candidate lines at all are listed too. Held-out articles are never read.
 */
import { isHeadingCandidate } from '../../src/ingest/text/heading-features';
import model from '../../src/ingest/text/heading-weights.json' with { type: 'json' };
import { exitWith, readCommandLineWithPositionals, usageError } from '../command-line';
import { crossValidated } from './cross-validate';
import { devBodies, examplesOf, normalise } from './heading-examples';

const USAGE = `usage: npx tsx scripts/headings/dev-misses.ts [<threshold>]

Lists the real dev set's heading misses as the model makes them under cross-validation, each with the line before
and after it, and the labelled headings that are not candidate lines at all. Held-out articles are never read.
  <threshold>  the heading probability from which a line counts as a heading (default the model's, ${model.threshold})`;
const { positionals } = readCommandLineWithPositionals(USAGE, {}, 1);
const [given] = positionals;
// A probability written out: "", "1e-1" and "2" are numbers to Number(), not thresholds.
if (given !== undefined && !/^(?:0?\.\d+|0|1(?:\.0+)?)$/.test(given))
  exitWith(usageError(USAGE, `the threshold is a number from 0 to 1, not ${JSON.stringify(given)}`));
const threshold = given === undefined ? model.threshold : Number(given);
const cut = (text: string | undefined): string => (text === undefined ? '(none)' : text.length > 70 ? `${text.slice(0, 70)}…` : text);

const bodies = devBodies();
const byArticle = new Map(bodies.real.map((body) => [body.article, body]));
for (const body of bodies.real) {
  const texts = body.drafts.map((draft) => normalise(draft.text));
  for (const heading of body.headings) {
    const at = texts.indexOf(heading);
    if (at < 0) console.log(`NOT A LINE ${body.article}: ${heading}`);
    else if (!isHeadingCandidate(body.drafts[at]!) || at === texts.length - 1) console.log(`NOT A CANDIDATE ${body.article}: ${heading}`);
  }
}
const examples = [...examplesOf(bodies.real, true, 3), ...examplesOf(bodies.own, false, 1)];
for (const { example, p } of crossValidated(examples)) {
  if (!example.real || p >= threshold === (example.y === 1)) continue;
  const { drafts } = byArticle.get(example.article)!;
  const { index } = example;
  console.log(
    `${example.y ? 'MISSED' : 'FALSE'} ${p.toFixed(2)} ${example.article.replace('tests/eval/real/articles/', '')}\n` +
      `   before: ${cut(drafts[index - 1]?.text)}\n   LINE:   ${example.text}\n   after:  ${cut(drafts[index + 1]?.text)}`,
  );
}
