/**
 * npx tsx tests/eval/topics/compare-topics.ts [--heldout] [--verbose] [--fold <k>]
 *
 * Topic top-1 of the word lists, the learned model alone and the two mixed at several shares, on the team's own set
 * and the real dev split: the figures the learned model's mix is chosen on. --heldout adds the real held-out split
 * (look once per design, never tune on it); --verbose lists the dev misses of the chosen mix. --fold k scores dev
 * fold k alone (scripts/topics/dev-folds.ts), for a model trained without it (scripts/topics/cross-validate.ts).
 */
import { join } from 'node:path';
import { readCommandLine } from '../../../scripts/command-line';
import { topLevelOf } from '../../../src/ingest/understand/topic-tree';
import { assignLearnedTopics, assignTopicsFromWordLists, type TopicAssignment } from '../../../src/ingest/understand/topics';
import { LEARNED_SHARE } from '../../../src/ingest/understand/topic-model/learned-topics';
import { realTopicCases, topicCasesOf, type TopicCase } from './topic-cases';
import { devFoldOf } from '../../../scripts/topics/dev-folds';

const USAGE = `usage: npx tsx tests/eval/topics/compare-topics.ts [--heldout] [--verbose] [--fold <k>]

Topic top-1 of the word lists, the learned model alone and the two mixed at several shares, on the own labelled set
and the real dev split: the figures the learned model's mix is chosen on.
  --heldout   add the real held-out split (look once per design, never tune on it)
  --verbose   list the dev misses of the chosen mix
  --fold <k>  score dev fold k (0-4) alone, for a model trained without it (scripts/topics/cross-validate.ts)`;
const values = readCommandLine(USAGE, { heldout: { type: 'boolean' }, verbose: { type: 'boolean' }, fold: { type: 'string' } });
const root = join(import.meta.dirname, '../../..');

type Classifier = { name: string; assign: (parts: TopicCase['parts']) => TopicAssignment };
const classifiers: Classifier[] = [
  { name: 'word lists', assign: assignTopicsFromWordLists },
  ...[1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.3].map((share) => ({
    name: share === 1 ? 'learned alone' : `learned ${share} + lists`,
    assign: (parts: TopicCase['parts']) => assignLearnedTopics(parts, share),
  })),
];

const firstTop = (assignment: TopicAssignment): string | undefined => assignment.topics.map(topLevelOf)[0];
const top1 = (cases: readonly TopicCase[], classifier: Classifier): number =>
  cases.filter((each) => firstTop(classifier.assign(each.parts)) === each.mainTopic).length / Math.max(1, cases.length);

const sets: [string, TopicCase[]][] = [
  ['own set', topicCasesOf(root, 'tests/eval/labels')],
  [
    values.fold === undefined ? 'real dev' : `dev fold ${values.fold}`,
    realTopicCases(root, 'dev').filter((each) => values.fold === undefined || devFoldOf(each.source) === Number(values.fold)),
  ],
];
if (values.heldout) sets.push(['real held-out', realTopicCases(root, 'heldout')]);

console.log(['classifier'.padEnd(22), ...sets.map(([name, cases]) => `${name} (${cases.length})`.padEnd(18))].join(' '));
for (const classifier of classifiers)
  console.log([classifier.name.padEnd(22), ...sets.map(([, cases]) => top1(cases, classifier).toFixed(3).padEnd(18))].join(' '));

if (values.verbose) {
  const chosen = (parts: TopicCase['parts']) => assignLearnedTopics(parts, LEARNED_SHARE);
  for (const each of sets[1]?.[1] ?? []) {
    const assignment = chosen(each.parts);
    if (firstTop(assignment) === each.mainTopic) continue;
    const scores = assignment.topics
      .filter((qcode) => qcode === topLevelOf(qcode))
      .map((qcode) => `${qcode.slice(7, 9)} ${assignment.topicScores[qcode]}`);
    console.log(`${each.source}: expected ${each.mainTopic.slice(7, 9)}, got ${scores.join(', ')}`);
  }
}
