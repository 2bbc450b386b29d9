import { screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article, HeadingBlock } from '@/article/article-schema';
import { personSlug } from '@/article/person-slug';
import { isQuotation, quotationsOf } from '@/article/quotations';
import type { ArticleCard } from '@/article/site-index';
import { numberedChunksNewestFirst } from '@/data/card-chunks';
import { ingestedSite, type IngestedSite } from '../testing/ingested-site';
import { renderApp } from '../testing/render-app';
import { serveSite } from '../testing/serve-site';

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => vi.unstubAllGlobals());

let site: IngestedSite;
beforeAll(async () => {
  site = await ingestedSite();
}, 120_000);

const headingsOf = (article: Article) => article.blocks.filter((block): block is HeadingBlock => block.type === 'heading');
const listOrder = () =>
  numberedChunksNewestFirst(site.manifest).flatMap((chunk) => JSON.parse(site.files.get(`index/cards/${chunk}.json`)!) as ArticleCard[]);
/** The corpus article with the most quotations, preferring one with a quotation over several paragraphs. */
const mostQuoted = () => [...site.articles.values()].sort((a, b) => score(b) - score(a))[0]!;
const score = (article: Article) =>
  quotationsOf(article.blocks).reduce((total, quotation) => total + 1 + (quotation.parts.length > 1 ? 100 : 0), 0);

describe('the article view', () => {
  it('shows the seed with its title as the only h1, its date and reading time', async () => {
    serveSite(site);
    renderApp(`/articles/${site.seed.id}`);
    const title = await screen.findByRole('heading', { level: 1 });
    expect(title).toHaveTextContent(site.seed.title);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const header = title.closest('header')!;
    expect(within(header).getByText('Wednesday 21 October 2020').tagName).toBe('TIME');
    expect(within(header).getByText('Wednesday 21 October 2020')).toHaveAttribute('datetime', '2020-10-21');
    expect(within(header).getByText(`${site.seed.readingMinutes} min read`)).toBeInTheDocument();
    expect(document.title).toBe(`${site.seed.title} · Broadsheet`);
  });

  it('opens at the top when the link’s fragment is malformed or names nothing', async () => {
    serveSite(site);
    for (const fragment of ['%', 'no-such-section']) {
      const view = renderApp(`/articles/${site.seed.id}#${fragment}`);
      expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(site.seed.title);
      view.unmount();
    }
  });

  it('downloads only the article, the manifest and the card chunks around it', async () => {
    const served = serveSite(site);
    renderApp(`/articles/${site.seed.id}`);
    await screen.findByRole('heading', { level: 1 });
    await screen.findByRole('navigation', { name: 'Previous and next articles' });
    const articleFiles = served.requests.filter((path) => path.startsWith('articles/'));
    expect(articleFiles).toEqual([`articles/${site.seed.id}.json`]);
    expect(served.requests.every((path) => path.startsWith('articles/') || /^index\/(manifest|cards\/\d+)\.json$/.test(path))).toBe(true);
  });

  it('renders each section heading as an h2 with its id, a copy-link button and an entry in the contents', async () => {
    const article = [...site.articles.values()].find((each) => headingsOf(each).length > 1)!;
    serveSite(site);
    renderApp(`/articles/${article.id}`);
    await screen.findByRole('heading', { level: 1 });
    const contents = screen.getByRole('navigation', { name: 'Contents' });
    for (const heading of headingsOf(article)) {
      const h2 = screen.getByRole('heading', { level: 2, name: heading.text });
      expect(h2).toHaveAttribute('id', heading.id);
      expect(screen.getByRole('button', { name: `Copy link to section “${heading.text}”` })).toBeInTheDocument();
      expect(within(contents).getByRole('link', { name: heading.text })).toHaveAttribute('href', `/articles/${article.id}#${heading.id}`);
    }
  });

  it('marks every quotation as a <q> with the article’s own marks, numbered as quote-<n>, described by its speaker, who links to their page', async () => {
    const article = mostQuoted();
    const quotations = quotationsOf(article.blocks);
    expect(quotations.length).toBeGreaterThan(0);
    serveSite(site);
    const { container } = renderApp(`/articles/${article.id}`);
    await screen.findByRole('heading', { level: 1 });

    const rendered = [...container.querySelectorAll('article q')];
    expect(rendered).toHaveLength(quotations.reduce((total, quotation) => total + quotation.parts.length, 0));
    for (const quotation of quotations) {
      const first = container.querySelector(`#quote-${quotation.n}`)!;
      expect(first.tagName).toBe('Q');
      // Exactly the marks the article has: CSS adds none, so none are doubled or lost.
      const [part] = quotation.parts;
      expect(first.textContent).toBe(`${part!.open}${part!.text}${part!.close}`);
      const parts = container.querySelectorAll(`q[data-quote="${quotation.n}"]`);
      expect(parts).toHaveLength(quotation.parts.length);
      if (quotation.parts.length > 1) expect(parts[1]!.closest('p')).toHaveAttribute('data-continued-quotation');
    }
    for (const quotation of quotations) {
      const first = container.querySelector(`#quote-${quotation.n}`)!;
      if (quotation.speaker === null) {
        expect(first).not.toHaveAttribute('aria-describedby');
        continue;
      }
      // Named beside the paragraph, never inside it: described as "Quotation by <speaker>", linking to their page.
      expect(first).toHaveAccessibleDescription(`Quotation by ${quotation.speaker}`);
      expect(first.closest('p')!.textContent).not.toContain(`— ${quotation.speaker}`);
      const note = container.querySelector(`#quote-${quotation.n}-by`)!;
      expect(within(note as HTMLElement).getByRole('link', { name: quotation.speaker })).toHaveAttribute(
        'href',
        `/people/${personSlug(quotation.speaker)}`,
      );
    }
  });

  it('keeps every paragraph’s text exactly as written: no speaker is added to the prose', async () => {
    const article = mostQuoted();
    serveSite(site);
    const { container } = renderApp(`/articles/${article.id}`);
    await screen.findByRole('heading', { level: 1 });
    const written = article.blocks.flatMap((block) =>
      block.type === 'paragraph'
        ? [block.inlines.map((inline) => (inline.type === 'text' ? inline.text : `${inline.open}${inline.text}${inline.close}`)).join('')]
        : [],
    );
    const drawn = [...container.querySelectorAll('article p[class*="paragraph"]')].map((p) => p.textContent);
    expect(drawn).toEqual(written);
  });

  it('shows a term, title or scare quote as plain prose with its own marks: no <q>, no speaker', async () => {
    const withTerm = [...site.articles.values()].find((each) =>
      each.blocks.some(
        (block) => block.type === 'paragraph' && block.inlines.some((inline) => inline.type === 'quote' && !isQuotation(inline)),
      ),
    )!;
    expect(withTerm).toBeDefined();
    const term = withTerm.blocks
      .flatMap((block) => (block.type === 'paragraph' ? block.inlines : []))
      .find((inline) => inline.type === 'quote' && !isQuotation(inline))!;
    serveSite(site);
    const { container } = renderApp(`/articles/${withTerm.id}`);
    await screen.findByRole('heading', { level: 1 });
    const marked = `${term.type === 'quote' ? term.open : ''}${term.text}${term.type === 'quote' ? term.close : ''}`;
    expect(container.querySelector('article')!.textContent).toContain(marked);
    expect([...container.querySelectorAll('article q')].map((q) => q.textContent)).not.toContain(marked);
  });

  it('links each topic to the list filtered by it', async () => {
    const article = [...site.articles.values()].find((each) => each.topics.length > 1)!;
    serveSite(site);
    renderApp(`/articles/${article.id}`);
    const topics = await screen.findByRole('list', { name: 'Topics' });
    const first = site.manifest.topics.find((topic) => topic.qcode === article.topics[0])!;
    // Either form of the topic's list (issue 5): /?topic=<slug> or its landing page /topics/<slug>.
    const href = within(topics).getByRole('link', { name: first.label }).getAttribute('href');
    expect([`/?topic=${first.slug}`, `/topics/${first.slug}`]).toContain(href);
  });

  it('links the previous and next articles in list order', async () => {
    const order = listOrder();
    const middle = order[Math.floor(order.length / 2)]!;
    const at = order.findIndex((card) => card.id === middle.id);
    serveSite(site);
    const { user, router } = renderApp(`/articles/${middle.id}`);
    const sequence = await screen.findByRole('navigation', { name: 'Previous and next articles' });
    const previous = within(sequence).getByRole('link', { name: new RegExp(`Previous article.*${escape(order[at - 1]!.title)}`) });
    expect(previous).toHaveAttribute('href', `/articles/${order[at - 1]!.id}`);
    expect(within(sequence).getByRole('link', { name: new RegExp(`Next article.*${escape(order[at + 1]!.title)}`) })).toHaveAttribute(
      'href',
      `/articles/${order[at + 1]!.id}`,
    );
    await user.click(previous);
    expect(await screen.findByRole('heading', { level: 1, name: order[at - 1]!.title })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/articles/${order[at - 1]!.id}`);
  });

  it('shows a not-found page with a way back for an unknown id', async () => {
    const served = serveSite(site);
    const { user } = renderApp('/articles/no-such-article');
    expect(await screen.findByRole('heading', { level: 1, name: 'Article not found' })).toBeInTheDocument();
    expect(served.requests).toContain('articles/no-such-article.json');
    await user.click(screen.getByRole('link', { name: 'Go to the latest articles' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest articles' })).toBeInTheDocument();
  });

  it('answers an id that cannot exist without asking for it', async () => {
    const served = serveSite(site);
    renderApp('/articles/Not%20An%20Id');
    expect(await screen.findByRole('heading', { level: 1, name: 'Article not found' })).toBeInTheDocument();
    expect(served.requests.filter((path) => path.startsWith('articles/'))).toEqual([]);
  });

  it('shows a not-found page for an unknown path', async () => {
    serveSite(site);
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Broadsheet' })).toHaveAttribute('href', '/');
  });

  it('treats a damaged article file as an error for that article alone', async () => {
    serveSite(site, { [`articles/${site.seed.id}.json`]: new Response(JSON.stringify({ id: site.seed.id, blocks: 'none' })) });
    const { user } = renderApp(`/articles/${site.seed.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'This article could not be shown' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the latest articles' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest articles' })).toBeInTheDocument();
  });

  it('offers Retry after a network failure, and Retry shows the article', async () => {
    serveSite(site, {
      [`articles/${site.seed.id}.json`]: (attempt) =>
        attempt === 1 ? Response.error() : new Response(site.files.get(`articles/${site.seed.id}.json`)),
    });
    const { user } = renderApp(`/articles/${site.seed.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Could not load this page' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: site.seed.title })).toBeInTheDocument();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
