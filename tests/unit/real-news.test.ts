import { describe, expect, it } from 'vitest';
import { markdownBlocks, markdownBlocksWithKinds, splitFrontMatter } from '../../scripts/real-news/markdown-to-text';
import { datelineOf, isoDate, wikinewsBlocks } from '../../scripts/real-news/wikitext-to-text';
import { heldOutOf } from '../eval/real/split';
import { evalLabel, loadLabels } from '../eval/eval-label';
import { loadRealSources } from '../eval/real/real-sources';
import { scoreArticle } from '../eval/score-article';
import { ingestFile } from '../../src/ingest/ingest-file';
import { isQuotation } from '../../src/article/quotations';

describe('Wikinews wikitext to page text', () => {
  it('renders the dateline as the page does and keeps link labels, captions and quote marks', () => {
    expect(isoDate('November 30, 2004')).toBe('2004-11-30');
    expect(datelineOf('2004-11-30')).toBe('Tuesday, November 30, 2004');
    const page = wikinewsBlocks('Gusenbauer reelected as Austrian Social Democrat Party leader', '2004-11-30', [
      '{{date|November 30, 2004}}\n{{Austria}}',
      '[[File:Gusenbauer.jpg|thumb|right|Alfred Gusenbauer in 2004]]\n{{w|Alfred Gusenbauer}} has been reelected as leader of the [[w:Social Democratic Party of Austria|Austrian Social Democrat Party]] (SPOE).',
      'Albeit the low result he has called the vote an "impressive display of confidence".',
      '== Sources ==\n{{source|url=http://example.org|title=x}}',
    ]);
    expect(page.blocks).toEqual([
      'Gusenbauer reelected as Austrian Social Democrat Party leader',
      'Tuesday, November 30, 2004',
      'Alfred Gusenbauer in 2004',
      'Alfred Gusenbauer has been reelected as leader of the Austrian Social Democrat Party (SPOE).',
      'Albeit the low result he has called the vote an "impressive display of confidence".',
    ]);
  });
});

describe('Markdown post to page text', () => {
  it('reads the front matter (repeated keys allowed) and keeps headings, list items and quotes as blocks', () => {
    const { meta, body } = splitFrontMatter(
      '---\ntitle: "PCLOB Public Forum"\ndate: 2019-05-31\ndate: 2019-05-31\n---\n## Key findings\n\n' +
        '* Overall, the **Administration** has accepted [virtually all](/library/702.pdf) recommendations.\n\n' +
        'It is “a living document,” said the\nBoard.\n\n{% image "a.jpg" "alt" %}\n\n[1]: /manage/\n',
    );
    expect(meta.title).toBe('PCLOB Public Forum');
    expect(markdownBlocks(body)).toEqual([
      'Key findings',
      'Overall, the Administration has accepted virtually all recommendations.',
      'It is “a living document,” said the Board.',
    ]);
  });

  it('tells what each block is by the markup, for the heading model’s training', () => {
    const body =
      '## What we found\n\n<h3>Next steps</h3>\n\n**As Prepared for Delivery**\n\n' +
      'The team met **twice** a week.\n\n- Ship small changes\n\n> Ask for help early.\n';
    expect(markdownBlocksWithKinds(body)).toEqual([
      { text: 'What we found', kind: 'heading' },
      { text: 'Next steps', kind: 'heading' },
      { text: 'As Prepared for Delivery', kind: 'bold' },
      { text: 'The team met twice a week.', kind: 'paragraph' },
      { text: 'Ship small changes', kind: 'item' },
      { text: 'Ask for help early.', kind: 'quote' },
    ]);
    const page = wikinewsBlocks('Ferry strike ends', '2005-03-01', ['Talks ended on Monday.\n== Reaction ==\nUnions welcomed it.']);
    expect(page.headings).toEqual(['Reaction']);
  });
});

describe('held-out split', () => {
  it('holds out 30% of a publisher by URL hash, whatever the order the URLs come in', () => {
    const urls = Array.from({ length: 20 }, (_, i) => `https://example.gov/news/${i}`);
    const held = heldOutOf(urls);
    expect(held.size).toBe(6);
    expect(heldOutOf([...urls].reverse())).toEqual(held);
  });
});

describe('scoring quotation kinds', () => {
  it('counts a highlighted term as a false quotation and a label without kind as a quotation', () => {
    const text =
      ' date 2004-11-30 Party leader reelected\n\nHe called the vote an "impressive display of confidence". ' +
      'The "traffic light" system starts in May, said Anna Berger.\n';
    const outcome = ingestFile(new TextEncoder().encode(text), 'real.txt');
    if (!outcome.ok) throw new Error(outcome.reason);
    const label = evalLabel.parse({
      source: 'real.txt',
      date: '2004-11-30',
      title: 'Party leader reelected',
      titleIsHeadline: true,
      mainTopic: 'medtop:11000000',
      quotes: [
        { text: 'impressive display of confidence', speaker: null },
        { text: 'traffic light', speaker: null, kind: 'term' },
      ],
    });
    const { tally } = scoreArticle(outcome.article, label);
    expect(tally.quotesLabelled).toBe(1);
    expect(tally.otherMarkedLabelled).toBe(1);
    // Highlighted = kept as a quotation: a term keeps its marks as a quote inline of another kind.
    const highlighted = outcome.article.blocks.some(
      (block) =>
        block.type === 'paragraph' && block.inlines.some((i) => i.type === 'quote' && isQuotation(i) && i.text === 'traffic light'),
    );
    expect(tally.otherMarkedHighlighted).toBe(highlighted ? 1 : 0);
    expect(tally.quotesFound - tally.quotesMatched).toBe(highlighted ? 1 : 0);
  });
});

describe('the committed real set', () => {
  const root = new URL('../..', import.meta.url).pathname;
  const sources = loadRealSources(`${root}tests/eval/real/sources.json`);

  it('splits every publisher by the documented rule', () => {
    for (const publisher of new Set(sources.map((s) => s.publisher))) {
      const mine = sources.filter((s) => s.publisher === publisher);
      const held = heldOutOf(mine.map((s) => s.url));
      for (const source of mine) expect(source.split, source.file).toBe(held.has(source.url) ? 'heldout' : 'dev');
    }
  });

  it('has a well-formed label for each listed article and none for unlisted ones', () => {
    const listed = new Set(sources.map((s) => s.file));
    const labels = loadLabels(`${root}tests/eval/real/labels`);
    for (const loaded of labels) {
      if ('error' in loaded) throw new Error(`${loaded.file}: ${loaded.error}`);
      expect(listed.has(loaded.label.source), loaded.file).toBe(true);
    }
    expect(labels.length).toBe(listed.size);
  });
});
