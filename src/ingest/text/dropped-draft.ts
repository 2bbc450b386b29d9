import { withCutsRestored } from './cut-span';
import type { Draft, Removal } from './text-parts';

/**
 * The drafts with drafts[index] taken out whole: it becomes a removed line before the draft after it, where the
 * serialiser puts it back. The last draft has no draft after it, and stays.
 */
export function dropped(drafts: readonly Draft[], index: number, reason: string): Draft[] {
  const draft = drafts[index];
  const next = drafts[index + 1];
  if (!draft || !next) return [...drafts];
  const removed: Removal[] = [...draft.before, { text: withCutsRestored(draft.text, draft.cuts), reason }];
  const body = [...drafts];
  body.splice(index, 2, { ...next, before: [...removed, ...next.before] });
  return body;
}
