/**
 * Each labelled article whose text is there, ingested and laid out: what the scripts that learn or score one part of
 * understanding (quote kinds, topics) read, without running the rest of the evaluation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFile } from '../../src/ingest/ingest-file';
import { layOutArticle, type ArticleLayout } from '../../src/ingest/understand/article-layout';
import { loadLabels, type EvalLabel } from './eval-label';

export function labelledLayouts(
  root: string,
  labelDir: string,
  keep: (source: string) => boolean,
): { label: EvalLabel; layout: ArticleLayout }[] {
  const found: { label: EvalLabel; layout: ArticleLayout }[] = [];
  for (const loaded of loadLabels(labelDir)) {
    if ('error' in loaded || !keep(loaded.label.source)) continue;
    const { label } = loaded;
    const path = join(root, label.source);
    if (!existsSync(path)) continue;
    const outcome = ingestFile(readFileSync(path), label.source);
    if (outcome.ok) found.push({ label, layout: layOutArticle(outcome.article.title, outcome.article.blocks) });
  }
  return found;
}
