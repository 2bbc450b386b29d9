import { InputRejected } from '../input-rejected';
import type { ParsedArticle } from '../parsed-article';
import { buildBlocks } from './build-blocks';
import { cleanLines } from './clean-lines';
import { readDatePrefix } from './date-prefix';
import { assembleDrafts } from './paragraph-drafts';
import { metadataOf, placeRemovals } from './place-removals';
import { cutInlineCredits } from './inline-credits';
import { withoutPullQuotes } from './pull-quotes';
import { readSourceLines } from './source-lines';
import { chooseTitle } from './title';

/**
 * The text stage: one decoded text file (no BOM, LF line endings) -> date, title, blocks with
 * quotations (speakers still null), and everything cleaning took out, each at its place, so that
 * serialiseParsedArticle gives the input back (see serialise-article.ts for the normalisation).
 */
export function parseTextArticle(text: string, options: { title?: string | undefined } = {}): ParsedArticle {
  const { date, rest } = readDatePrefix(text);
  const entries = cleanLines(readSourceLines(rest));
  const assembled = assembleDrafts(entries);
  const drafts = cutInlineCredits(assembled.drafts);
  const { trailing } = assembled;
  if (drafts.length === 0) {
    const removed = entries.some((entry) => entry.kind === 'removed');
    throw new InputRejected(
      removed ? 'no article text after the date: every line is site boilerplate or markup' : 'no article text after the date',
    );
  }
  const titled = chooseTitle(drafts, options.title);
  const { title, titleSource, headline } = titled;
  const body = withoutPullQuotes(titled.body);
  const blocks = buildBlocks(body);
  const removed = placeRemovals(headline, body, trailing);
  return { date, title, titleSource, blocks, removed, metadata: metadataOf(removed) };
}
