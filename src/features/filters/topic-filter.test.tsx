import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Article } from '@/article/article-schema';
import { matchSentence, optionName, optionNamed, setUpComponentTests } from '@/app/testing/component-test-setup';
import { renderApp } from '@/app/testing/render-app';
import { serveSite } from '@/app/testing/serve-site';

const { site, countOf, qcodeOf } = setUpComponentTests();

const labelOf = (slug: string) => site.manifest.topics.find((topic) => topic.slug === slug)!.label;
const topicBox = (slug: string) => screen.findByRole('checkbox', { name: optionNamed(labelOf(slug)) });

/** The topics the filter should offer first, with counts under a test: most common first, ties in the manifest's order. */
function expectedTopics(test: (article: Article) => boolean) {
  return site.manifest.topics
    .map((topic) => ({ label: topic.label, count: countOf((article) => test(article) && article.topics.includes(topic.qcode)) }))
    .filter((topic) => topic.count > 0)
    .sort((a, b) => b.count - a.count);
}

describe('the topic filter', () => {
  it('lists the most common topics first with their counts, and says that several topics match any of them', async () => {
    serveSite(site);
    renderApp('/');
    const group = await screen.findByRole('group', { name: 'Topics' });
    expect(group).toHaveAccessibleDescription('Articles on any of the topics you choose');
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes.length).toBeGreaterThan(1);
    expectedTopics(() => true)
      .slice(0, boxes.length)
      .forEach(({ label, count }, rank) => {
        expect(boxes[rank]).toHaveAccessibleName(optionName(label, count));
        expect(boxes[rank]).not.toBeChecked();
      });
  });

  it('chooses and unchooses topics through the URL, matching any of the chosen topics', async () => {
    serveSite(site);
    const { router, user } = renderApp('/');
    const [first, second] = ['politics', 'economy-business-and-finance'] as const;
    const onFirst = countOf((article) => article.topics.includes(qcodeOf(first)));
    const onEither = countOf((article) => article.topics.includes(qcodeOf(first)) || article.topics.includes(qcodeOf(second)));
    expect(onEither).toBeGreaterThan(onFirst);

    await user.click(await topicBox(first));
    await waitFor(() => expect(router.state.location.search).toBe(`?topic=${first}`));
    expect(await screen.findByText(`${onFirst} articles match`)).toBeInTheDocument();
    expect(await topicBox(first)).toBeChecked();

    await user.click(await topicBox(second));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).getAll('topic')).toEqual([first, second]));
    expect(await screen.findByText(`${onEither} articles match`)).toBeInTheDocument();

    await user.click(await topicBox(first));
    await waitFor(() => expect(router.state.location.search).toBe(`?topic=${second}`));
    expect(await topicBox(first)).not.toBeChecked();
    expect(await topicBox(second)).toBeChecked();
  });

  it('counts and ranks the topics under the other filters', async () => {
    const [from, to] = ['2021-01-01', '2022-12-31'];
    const inRange = (article: Article) => article.date >= from && article.date <= to;
    serveSite(site);
    renderApp(`/?from=${from}&to=${to}`);
    expect(await screen.findByText(matchSentence(countOf(inRange)))).toBeInTheDocument();
    const group = await screen.findByRole('group', { name: 'Topics' });
    await waitFor(() => {
      const boxes = within(group).getAllByRole('checkbox');
      expectedTopics(inRange)
        .slice(0, boxes.length)
        .forEach(({ label, count }, rank) => expect(boxes[rank]).toHaveAccessibleName(optionName(label, count)));
    });
  });

  it('shows every topic on request', async () => {
    serveSite(site);
    const { user } = renderApp('/');
    const group = await screen.findByRole('group', { name: 'Topics' });
    const more = within(group).getByRole('button', { name: `All ${site.manifest.topics.length} topics` });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(within(group).getAllByRole('checkbox')).toHaveLength(site.manifest.topics.length);
    expect(within(group).getByRole('button', { name: 'Fewer topics' })).toHaveAttribute('aria-expanded', 'true');
  });
});
