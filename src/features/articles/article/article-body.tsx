import { Fragment, useMemo, useState, type ReactNode } from 'react';
import type { Article, Block, Inline, ParagraphBlock } from '@/article/article-schema';
import { isQuotation } from '@/article/quotations';
import { assertNever } from '@/ui/assert-never';
import { sectionsOf } from '../model/article-sections';
import { quotationIndex, type QuotationIndex, type QuotationPart as QuotationPlace } from '../model/quotation-index';
import styles from './article-body.module.css';
import { QuotationContext } from './quotation-context';
import { QuotationPart } from './quotation-part';
import { SectionHeading } from './section-heading';
import { SpeakerNotes } from './speaker-notes';

/**
 * The article's text, block by block, its sections as <section>s. Every block and inline kind has its case below; a kind added
 * to the format without one fails the type check. Text is always rendered as text, never as HTML.
 */
export function ArticleBody({ article }: { article: Pick<Article, 'id' | 'blocks'> }) {
  const index = useMemo(() => quotationIndex(article.blocks), [article.blocks]);
  const { lead, sections } = useMemo(() => sectionsOf(article.blocks), [article.blocks]);
  const [active, setActive] = useState<number | null>(null);
  const state = useMemo(() => ({ index, active, setActive }), [index, active]);
  return (
    <QuotationContext value={state}>
      <div className={styles.body}>
        {lead.map((block, at) => renderBlock(block, at, article.id, index))}
        {sections.map(({ heading, blocks }) => (
          <section key={heading.id} aria-labelledby={heading.id} data-section={heading.id}>
            {renderBlock(heading, -1, article.id, index)}
            {blocks.map((block, at) => renderBlock(block, at, article.id, index))}
          </section>
        ))}
      </div>
    </QuotationContext>
  );
}

function renderBlock(block: Block, key: number, articleId: string, index: QuotationIndex): ReactNode {
  switch (block.type) {
    case 'heading':
      return <SectionHeading key={key} articleId={articleId} id={block.id} text={block.text} />;
    case 'paragraph':
      return (
        <Fragment key={key}>
          <p className={styles.paragraph} data-continued-quotation={holdsContinuedQuotation(block, index) || undefined}>
            {block.inlines.map(renderInline)}
          </p>
          <SpeakerNotes opened={quotationsOpenedIn(block, index)} />
        </Fragment>
      );
    default:
      return assertNever(block, 'block');
  }
}

function renderInline(inline: Inline, key: number): ReactNode {
  switch (inline.type) {
    case 'text':
      return <Fragment key={key}>{inline.text}</Fragment>;
    case 'quote':
      // A term, title, nickname or scare quote keeps its marks and reads as plain prose: only quotations are marked up.
      if (!isQuotation(inline)) return <Fragment key={key}>{`${inline.open}${inline.text}${inline.close}`}</Fragment>;
      return <QuotationPart key={key} inline={inline} />;
    default:
      return assertNever(inline, 'inline');
  }
}

/** The quotations whose first part stands in this paragraph, in reading order. */
function quotationsOpenedIn(block: ParagraphBlock, index: QuotationIndex): QuotationPlace[] {
  return block.inlines.flatMap((inline) => {
    const part = inline.type === 'quote' ? index.parts.get(inline) : undefined;
    return part && part.part === 0 ? [part] : [];
  });
}

/** A paragraph holding part of a quotation that runs over several paragraphs: drawn as linked. */
function holdsContinuedQuotation(block: ParagraphBlock, index: QuotationIndex): boolean {
  return block.inlines.some((inline) => inline.type === 'quote' && (index.parts.get(inline)?.partCount ?? 1) > 1);
}
