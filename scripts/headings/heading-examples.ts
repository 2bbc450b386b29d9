/**
 * The labelled candidate lines the heading model (src/ingest/text/heading-model.ts) learns from and is checked on:
 * every candidate line of a labelled text article, with its features and whether the label lists it as a heading.
 * Read by train.ts and dev-misses.ts. Held-out articles of the real set are never read here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  bodyShape,
  HEADING_FEATURES,
  headingFeatures,
  isHeadingCandidate,
  type HeadingFeatures,
} from '../../src/ingest/text/heading-features';
import { cleanLines } from '../../src/ingest/text/clean-lines';
import { readDatePrefix } from '../../src/ingest/text/date-prefix';
import { cutInlineCredits } from '../../src/ingest/text/inline-credits';
import { assembleDrafts } from '../../src/ingest/text/paragraph-drafts';
import { readSourceLines } from '../../src/ingest/text/source-lines';
import { chooseTitle } from '../../src/ingest/text/title';
import type { Draft } from '../../src/ingest/text/text-parts';
import { loadLabels } from '../../tests/eval/eval-label';
import { loadRealSources } from '../../tests/eval/real/real-sources';

export type Example = {
  x: number[];
  features: HeadingFeatures;
  y: number;
  weight: number;
  article: string;
  real: boolean;
  /** the line's place among the body's drafts */
  index: number;
  text: string;
};

/**
 * A labelled article's body drafts and the headings its label lists; `unsure`: lines the label does not decide (a
 * line set in bold in the source, which may head a section or not), left out of the examples.
 */
export type LabelledBody = { article: string; drafts: Draft[]; headings: string[]; unsure?: string[] };

export const root = join(import.meta.dirname, '../..');
export const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The body drafts of a text article, as parseTextArticle hands them to buildBlocks. */
export function bodyDrafts(text: string): Draft[] {
  const { rest } = readDatePrefix(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  return chooseTitle(cutInlineCredits(assembleDrafts(cleanLines(readSourceLines(rest))).drafts)).body;
}

/** The text articles labelled in `labelDir` whose source `keep` accepts. */
export function labelledBodies(labelDir: string, keep: (source: string) => boolean): LabelledBody[] {
  const bodies: LabelledBody[] = [];
  for (const loaded of loadLabels(labelDir)) {
    if ('error' in loaded || !keep(loaded.label.source) || !loaded.label.source.endsWith('.txt')) continue;
    const path = join(root, loaded.label.source);
    if (!existsSync(path)) continue;
    bodies.push({
      article: loaded.label.source,
      drafts: bodyDrafts(readFileSync(path, 'utf8')),
      headings: loaded.label.headings.map(normalise),
    });
  }
  return bodies;
}

/**
 * Every candidate line of the bodies (the last line heads nothing and is never asked about). A line whose text
 * stands more often in the body than in the label (a list of the headings before the sections they head) is left
 * out: the label does not say which of them is the heading.
 */
export function examplesOf(bodies: readonly LabelledBody[], real: boolean, weight: number): Example[] {
  const examples: Example[] = [];
  for (const { article, drafts, headings, unsure = [] } of bodies) {
    const timesIn = (texts: readonly string[], text: string): number => texts.filter((each) => each === text).length;
    const texts = drafts.map((draft) => normalise(draft.text));
    const shape = bodyShape(drafts);
    drafts.forEach((draft, index) => {
      if (index === drafts.length - 1 || !isHeadingCandidate(draft)) return;
      const text = texts[index] as string;
      const labelled = timesIn(headings, text);
      if (labelled > 0 && timesIn(texts, text) > labelled) return;
      if (labelled === 0 && unsure.includes(text)) return;
      const features = headingFeatures(drafts, index, shape);
      examples.push({
        x: HEADING_FEATURES.map((name) => features[name]),
        features,
        y: labelled > 0 ? 1 : 0,
        weight,
        article,
        real,
        index,
        text: draft.text,
      });
    });
  }
  return examples;
}

/** The real set's dev articles and the team's own text articles. */
export function devBodies(): { real: LabelledBody[]; own: LabelledBody[] } {
  const splits = new Map(loadRealSources(join(root, 'tests/eval/real/sources.json')).map((s) => [s.file, s.split]));
  return {
    real: labelledBodies(join(root, 'tests/eval/real/labels'), (source) => splits.get(source) === 'dev'),
    own: labelledBodies(join(root, 'tests/eval/labels'), () => true),
  };
}
