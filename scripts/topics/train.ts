/**
 * npx tsx scripts/topics/train.ts [--from /work/.mirror]
 *
 * Trains the learned topic model (src/ingest/understand/topic-model/) and writes its weights to
 * src/ingest/understand/topic-model/topic-weights.json.
 *
 * Training data: the news items of Wikipedia's Current events portal (CC BY-SA 4.0), one Markdown file a day as
 * the fordred/wikinews repository keeps them, read from its bare git copy under <from>/fordred+wikinews/repo at the
 * commit below. Each item is labelled by the heading it is filed under (scripts/topics/portal-categories.ts).
 * Left out, and counted: items citing any URL of the real evaluation set (tests/eval/real/sources.json, dev and
 * held-out alike) or containing one of its titles; items under a heading the table does not map. The BBC News
 * classification corpus is never read here.
 *
 * Beside them, whole articles from the publishers the real set is drawn from, labelled with their main topic by reading
 * them: 369 further posts of the same repositories, none in the real set (scripts/topics/publisher-articles.ts,
 * publisher-labels.json), and the real set's dev split (its labels; never the held-out split). An article's words
 * are counted as ingest weighs them (headline 3, lead 1.5, rest 1), damped by log(1 + count), times
 * --publisher-weight (1), and a dev article's --dev-weight (2) times more. A topic the portal has no heading for gets a class from MIN_CLASS_ARTICLES articles.
 * --dev-fold k leaves fold k of the dev split out (scripts/topics/cross-validate.ts scores it).
 *
 * 10% of the portal items (by a hash of their text) are held out to choose the smoothing (the lowest log loss); the
 * model is then refitted on everything with it, and the posterior's scale fitted on whole articles of the dev split.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classProbabilities, type TopicModel } from '../../src/ingest/understand/topic-model/topic-model';
import { topicTokens } from '../../src/ingest/understand/topic-model/topic-tokens';
import { loadRealSources } from '../../tests/eval/real/real-sources';
import { realTopicCases } from '../../tests/eval/topics/topic-cases';
import { readCommandLine } from '../command-line';
import { fitNaiveBayes, type LabelledTokens } from './naive-bayes';
import { PORTAL_CATEGORIES } from './portal-categories';
import { publisherArticles } from './publisher-articles';
import { readPortalDay, type PortalItem } from './read-portal';
import { devFoldOf } from './dev-folds';

const REPO = 'fordred/wikinews';
const COMMIT = '0441f5273b8763fa543a6148b97efbbbae37b371';
const root = join(import.meta.dirname, '../..');
const out = join(root, 'src/ingest/understand/topic-model/topic-weights.json');
const MIN_DOCUMENTS = 3;
// Function words carry no topic, and the length-normalised score would spread their weight over every class.
const STOP_WORDS = new Set(
  `a an the and or but of to in on at by for with from as is are was were be been being has have had it its this that these those
  he she they them his her their we our you your i not no who whom which what when where while after before about into over than
  then also after says said will would can could may might more most other some such up out one two three new`.split(/\s+/),
);

// A topic the portal has no heading for gets a class of its own from this many labelled publisher articles.
const MIN_CLASS_ARTICLES = 5;

const USAGE = `usage: npx tsx scripts/topics/train.ts [--from <dir>] [--publisher-weight <n>] [--dev-weight <n>] [--dev-fold <k>]
                                     [--without-dev]

Trains the learned topic model on the news items of Wikipedia's Current events portal (a bare git copy of
fordred/wikinews), further labelled publisher articles and the real dev split, and writes its weights to
src/ingest/understand/topic-model/topic-weights.json. The held-out split and the BBC corpus are never read.
  --from <dir>              the folder holding <owner>+<name>/repo copies (default /work/.mirror)
  --publisher-weight <n>    how much an article's words count against the portal's items (default 1; 0: portal only)
  --dev-weight <n>          how many times more a real dev article's words count than a publisher article's (default 2)
  --without-dev             leave the real dev split out (trained on by default)
  --dev-fold <k>            leave fold k (0-4) of the dev split out, to score on (scripts/topics/cross-validate.ts)`;
const values = readCommandLine(USAGE, {
  from: { type: 'string', default: '/work/.mirror' },
  // How much one labelled publisher article's words count against the portal's items (0: the portal alone).
  'publisher-weight': { type: 'string', default: '1' },
  // How much more a real dev article's words count than a further publisher article's. Twice: cross-validated dev
  // top-1 0.814 against 0.791 (mean of four fold seeds) and the own set 0.973 against 0.947; three times cost the
  // own set (README, "Topics").
  'dev-weight': { type: 'string', default: '2' },
  // Train on the real set's dev split too, except fold `dev-fold` of 5 (the fold cross-validation scores); never
  // the held-out split.
  'without-dev': { type: 'boolean', default: false },
  'dev-fold': { type: 'string' },
});
const publisherWeight = Number(values['publisher-weight']);
const devWeight = Number(values['dev-weight']);
const gitDir = join(values.from, REPO.replace('/', '+'), 'repo');
if (!existsSync(gitDir)) throw new Error(`train: no copy of ${REPO} at ${gitDir} (fetch it with the search tool's fetch)`);
const git = (args: string[], input?: string): string =>
  execFileSync('git', [`--git-dir=${gitDir}`, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, input });

/** Every day file of the commit, read in one `git cat-file --batch`. */
function portalDays(): { day: string; markdown: string }[] {
  const paths = git(['ls-tree', '-r', '--name-only', COMMIT])
    .split('\n')
    .filter((path) => /^docs\/_posts\/\d{4}-\d{2}-\d{2}-index\.md$/.test(path));
  const batch = git(['cat-file', '--batch'], paths.map((path) => `${COMMIT}:${path}`).join('\n') + '\n');
  const days: { day: string; markdown: string }[] = [];
  let at = 0;
  for (const path of paths) {
    const headerEnd = batch.indexOf('\n', at);
    const size = Number(batch.slice(at, headerEnd).split(' ')[2]);
    // Sizes are in bytes; the text is decoded, so cut by bytes.
    const bytes = Buffer.from(batch.slice(headerEnd + 1, headerEnd + 1 + size + 64));
    const markdown = bytes.subarray(0, size).toString('utf8');
    days.push({ day: path.slice(12, 22), markdown });
    at = headerEnd + 1 + markdown.length + 1;
  }
  return days;
}

const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const bareUrl = (url: string): string =>
  url
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/\/+$/, '')
    .toLowerCase();

const realSet = loadRealSources(join(root, 'tests/eval/real/sources.json'));
const realUrls = new Set(realSet.map((source) => bareUrl(source.url)));
const realTitles = realSet.map((source) => normalise(source.title)).filter((title) => title.split(' ').length >= 4);

const left = { evalUrl: 0, evalTitle: 0, unmapped: new Map<string, number>() };
const items: (PortalItem & { topics: readonly string[] })[] = [];
for (const { day, markdown } of portalDays()) {
  for (const item of readPortalDay(day, markdown)) {
    const topics = PORTAL_CATEGORIES[item.heading];
    if (!topics) {
      left.unmapped.set(item.heading, (left.unmapped.get(item.heading) ?? 0) + 1);
      continue;
    }
    if (item.links.some((link) => realUrls.has(bareUrl(link)))) {
      left.evalUrl++;
      continue;
    }
    const text = normalise(item.text);
    if (realTitles.some((title) => text.includes(title))) {
      left.evalTitle++;
      continue;
    }
    items.push({ ...item, topics });
  }
}

const topicWords = (text: string): string[] => topicTokens(text).filter((token) => token.length > 1 && !STOP_WORDS.has(token));

// Further posts of the real set's publishers, never one of the set, each labelled by reading it
// (scripts/topics/publisher-articles.ts, publisher-labels.json).
const publisherLabels = JSON.parse(readFileSync(join(import.meta.dirname, 'publisher-labels.json'), 'utf8')) as Record<string, string>;
const articles = publisherWeight > 0 ? publisherArticles(root, values.from) : [];
const unlabelled = articles.filter((article) => !publisherLabels[article.url]);
if (unlabelled.length > 0)
  throw new Error(`train: ${unlabelled.length} publisher articles have no label in publisher-labels.json, first ${unlabelled[0]?.url}`);

// The real set's dev articles (never the held-out ones), labelled in tests/eval/real/labels, as built by
// scripts/real-news/build-real-set.ts; with --dev-fold k, those of fold k are left out to score on.
const devFold = values['dev-fold'] === undefined ? -1 : Number(values['dev-fold']);
for (const source of values['without-dev'] ? [] : realSet.filter((each) => each.split === 'dev')) {
  if (devFold >= 0 && devFoldOf(source.file) === devFold) continue;
  const labelPath = join(root, source.file.replace('/articles/', '/labels/').replace(/\.txt$/, '.json'));
  if (!existsSync(labelPath)) continue;
  const label = JSON.parse(readFileSync(labelPath, 'utf8')) as { mainTopic: string };
  const textPath = join(root, source.file);
  if (!existsSync(textPath)) throw new Error(`train: ${source.file} is not built; run scripts/real-news/build-real-set.ts`);
  articles.push({
    url: source.url,
    title: source.title,
    date: source.date,
    section: source.section,
    text: readFileSync(textPath, 'utf8'),
    origin: source.file,
    collection: 'dev',
    headings: [],
    boldLines: [],
  });
  publisherLabels[source.url] = label.mainTopic;
}

const classes = [...new Map(Object.values(PORTAL_CATEGORIES).map((topics) => [topics.join(' '), [...topics]])).values()];
const articleTopics = new Map<string, number>();
for (const article of articles)
  articleTopics.set(publisherLabels[article.url] ?? '', (articleTopics.get(publisherLabels[article.url] ?? '') ?? 0) + 1);
for (const [topic, count] of [...articleTopics].sort())
  if (count >= MIN_CLASS_ARTICLES && !classes.some((topics) => topics.includes(topic))) classes.push([topic]);
const classOf = new Map(classes.map((topics, k) => [topics.join(' '), k]));
const classOfTopic = (topic: string): number => classes.findIndex((topics) => topics.includes(topic));

/**
 * A whole article as the model's training counts it: the headline three times and the lead half as much again as
 * the rest (as ingest weighs an article's parts), each word's count then damped by log(1 + count), as ingest does.
 */
function articleCounts(text: string): Map<string, number> {
  const blocks = text.replace(/^ date \S+ /, '').split('\n\n');
  const counts = new Map<string, number>();
  blocks.forEach((block, at) => {
    const weight = at === 0 ? 3 : at === 1 ? 1.5 : 1;
    for (const token of topicWords(block)) counts.set(token, (counts.get(token) ?? 0) + weight);
  });
  return counts;
}
const articleBag = (text: string): Map<string, number> =>
  new Map([...articleCounts(text)].map(([token, count]) => [token, publisherWeight * Math.log1p(count)]));

const examples: (LabelledTokens & { held: boolean; text: string })[] = items.map((item) => ({
  tokens: topicWords(item.text),
  label: classOf.get(item.topics.join(' ')) ?? -1,
  held: (createHash('sha256').update(item.text).digest()[0] ?? 0) < 26,
  text: item.text,
}));
const leftArticles = new Map<string, number>();
for (const article of articles) {
  const topic = publisherLabels[article.url] ?? '';
  const label = classOfTopic(topic);
  if (label < 0) {
    leftArticles.set(topic, (leftArticles.get(topic) ?? 0) + 1);
    continue;
  }
  const bag = articleBag(article.text);
  if (article.collection === 'dev') for (const [token, count] of bag) bag.set(token, count * devWeight);
  examples.push({ tokens: [...bag.keys()], bag, label, held: false, text: article.text });
}

function vocabularyOf(from: readonly LabelledTokens[]): string[] {
  const documents = new Map<string, number>();
  for (const { tokens } of from) for (const token of new Set(tokens)) documents.set(token, (documents.get(token) ?? 0) + 1);
  return [...documents]
    .filter(([, count]) => count >= MIN_DOCUMENTS)
    .map(([word]) => word)
    .sort();
}

function scoreHeld(model: TopicModel, held: readonly (LabelledTokens & { text: string })[]): { logLoss: number; accuracy: number } {
  const loaded = { ...model, rows: new Map(model.words.map((word, row) => [word, row])) };
  let logLoss = 0;
  let right = 0;
  for (const example of held) {
    const probabilities = classProbabilities([{ text: example.text, weight: 1 }], loaded);
    const p = probabilities[example.label]?.probability ?? 1 / classes.length;
    logLoss -= Math.log(Math.max(p, 1e-9));
    const best = probabilities.reduce((a, b, k) => (b.probability > (probabilities[a]?.probability ?? 0) ? k : a), 0);
    if (probabilities.length > 0 && best === example.label) right++;
  }
  return { logLoss: logLoss / held.length, accuracy: right / held.length };
}

const training = examples.filter((example) => !example.held);
const held = examples.filter((example) => example.held);
const trainingWords = vocabularyOf(training);
let chosen = { alpha: 1, scale: 1, logLoss: Infinity, accuracy: 0 };
for (const alpha of [0.05, 0.1, 0.2, 0.5, 1]) {
  const counts = fitNaiveBayes(training, classes, trainingWords, alpha, 1);
  for (const scale of [1, 2, 3, 5, 8, 12, 16, 24, 32, 48, 64]) {
    const scored = scoreHeld({ ...counts, scale }, held);
    if (scored.logLoss < chosen.logLoss) chosen = { alpha, scale, ...scored };
  }
}

const words = vocabularyOf(examples);
const model = fitNaiveBayes(examples, classes, words, chosen.alpha, chosen.scale);

// The scale that suits one-sentence items is too flat for whole articles: it is fitted again, by log loss, on the
// real dev split (never the held-out one; without the fold left out), over the articles whose main topic the model
// has a class for. The dev articles are training data too, so this scale is on the sharp side.
const devArticles = realTopicCases(root, 'dev').filter((each) => devFold < 0 || devFoldOf(each.source) !== devFold);
const articleScale = { scale: chosen.scale, logLoss: Infinity, articles: 0 };
for (const scale of [1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 16]) {
  const loaded = { ...model, scale, rows: new Map(model.words.map((word, row) => [word, row])) };
  let logLoss = 0;
  let articles = 0;
  for (const article of devArticles) {
    const probabilities = classProbabilities(article.parts, loaded);
    const right = probabilities.find((each) => each.topics.includes(article.mainTopic));
    if (!right) continue;
    logLoss -= Math.log(Math.max(right.probability, 1e-9));
    articles++;
  }
  if (logLoss / articles < articleScale.logLoss) Object.assign(articleScale, { scale, logLoss: logLoss / articles, articles });
}
model.scale = articleScale.scale;
writeFileSync(out, JSON.stringify(model) + '\n');

const perClass = classes.map((topics, k) => `${topics.join('+')} ${examples.filter((example) => example.label === k).length}`);
console.log(`items: ${items.length} portal items and ${examples.length - items.length} publisher articles (${perClass.join(', ')})`);
console.log(
  `publisher articles left out (a topic with fewer than ${MIN_CLASS_ARTICLES}): ${
    [...leftArticles].map(([topic, count]) => `${topic} ${count}`).join(', ') || 'none'
  }`,
);
console.log(
  `left out: ${left.evalUrl} citing a real-set URL, ${left.evalTitle} with a real-set title, unmapped headings: ${
    [...left.unmapped].map(([heading, count]) => `${heading} ${count}`).join(', ') || 'none'
  }`,
);
console.log(
  `held-out training items: ${held.length}; chosen smoothing ${chosen.alpha}, scale ${chosen.scale}: log loss ${chosen.logLoss.toFixed(3)}, top-1 ${chosen.accuracy.toFixed(3)}`,
);
console.log(
  `scale for whole articles: ${articleScale.scale} (log loss ${articleScale.logLoss.toFixed(3)} on ${articleScale.articles} real dev articles)`,
);
console.log(`wrote ${out}: ${words.length} words x ${classes.length} classes`);
