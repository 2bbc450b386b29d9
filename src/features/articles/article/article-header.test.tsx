import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { personSlug } from '@/article/person-slug';
import type { TopicSummary } from '@/article/site-index';
import { quotationIndex } from '../model/quotation-index';
import { ArticleHeader } from './article-header';
import { PersonSlugContext } from './speaker-path-context';

const topic = (qcode: string, label: string): TopicSummary => ({
  qcode,
  slug: label.replaceAll(' ', '-'),
  label,
  parent: null,
  count: 1,
});
const topics = [
  topic('medtop:16000000', 'conflict war and peace'),
  topic('medtop:11000000', 'politics'),
  topic('medtop:04000000', 'economy'),
  topic('medtop:09000000', 'labour'),
  topic('medtop:06000000', 'environment'),
];

describe('ArticleHeader', () => {
  it('names only the three most relevant topics, in the order of relevance', () => {
    render(
      <MemoryRouter>
        <PersonSlugContext value={personSlug}>
          <ArticleHeader
            article={{
              title: 'Allies stand together',
              date: '2020-10-21',
              topics: topics.map((each) => each.qcode),
              readingMinutes: 2,
              metadata: {},
            }}
            manifest={{ topics }}
            quotations={quotationIndex([])}
          />
        </PersonSlugContext>
      </MemoryRouter>,
    );
    const names = within(screen.getByRole('list', { name: 'Topics' }))
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(names).toEqual(['conflict war and peace', 'politics', 'economy']);
  });
});
