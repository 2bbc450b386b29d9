import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EntityDirectory } from '@/article/site-index';
import { optionName, optionNamed, setUpComponentTests } from '@/app/testing/component-test-setup';
import { renderApp } from '@/app/testing/render-app';
import { serveSite } from '@/app/testing/serve-site';

const { site } = setUpComponentTests();

const directory = (kind: 'people' | 'organisations' | 'places') =>
  JSON.parse(site.files.get(`index/entities/${kind}.json`)!) as EntityDirectory;
const mentioning = (kind: 'people' | 'organisations' | 'places', names: string[]) =>
  [...site.articles.values()].filter((article) => names.some((name) => article.entities[kind].includes(name))).length;

describe('the entity filters', () => {
  it('offer the most mentioned people, organisations and places, with their counts in the whole archive', async () => {
    serveSite(site);
    renderApp('/');
    for (const [kind, legend] of [
      ['people', 'People'],
      ['organisations', 'Organisations'],
      ['places', 'Places'],
    ] as const) {
      const group = await screen.findByRole('group', { name: legend });
      const boxes = within(group).getAllByRole('checkbox');
      const [name, count] = directory(kind).entries[0]!;
      expect(boxes[0]).toHaveAccessibleName(optionName(name, count, { inAll: true }));
      expect(boxes.length).toBeLessThan(directory(kind).entries.length + 1);
    }
  });

  it('chooses names through the URL; several of one kind match any of them, different kinds all', async () => {
    const [first, second] = directory('places').entries.map(([name]) => name);
    const person = directory('people').entries[0]![0];
    serveSite(site);
    const { router, user } = renderApp('/');
    const places = await screen.findByRole('group', { name: 'Places' });
    await user.click(within(places).getByRole('checkbox', { name: optionNamed(first!) }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).getAll('place')).toEqual([first]));
    expect(await screen.findByText(`${mentioning('places', [first!])} articles match`)).toBeInTheDocument();

    await user.click(within(screen.getByRole('group', { name: 'Places' })).getByRole('checkbox', { name: optionNamed(second!) }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).getAll('place')).toEqual([first, second]));
    expect(await screen.findByText(`${mentioning('places', [first!, second!])} articles match`)).toBeInTheDocument();

    await user.click(within(screen.getByRole('group', { name: 'People' })).getByRole('checkbox', { name: optionNamed(person) }));
    const both = [...site.articles.values()].filter(
      (article) =>
        (article.entities.places.includes(first!) || article.entities.places.includes(second!)) && article.entities.people.includes(person),
    ).length;
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('person')).toBe(person));
    expect(await screen.findByText(both === 1 ? '1 article matches' : `${both} articles match`)).toBeInTheDocument();
  });

  it('leaves out the names that no article of the narrowed list mentions', async () => {
    const topPeople = directory('people')
      .entries.slice(0, 8)
      .map(([name]) => name);
    const onTopic = (slug: string) =>
      [...site.articles.values()].filter((article) =>
        article.topics.some((qcode) => site.manifest.topics.find((topic) => topic.qcode === qcode)?.slug === slug),
      );
    // A topic on which some of the most mentioned people are never named.
    const topic = site.manifest.topics.find(({ slug }) =>
      topPeople.some((name) => !onTopic(slug).some((article) => article.entities.people.includes(name))),
    )!;
    const named = (name: string) => onTopic(topic.slug).filter((article) => article.entities.people.includes(name)).length;
    serveSite(site);
    renderApp(`/?topic=${topic.slug}`);
    const people = await screen.findByRole('group', { name: 'People' });
    const absent = topPeople.find((name) => named(name) === 0)!;
    const present = topPeople.find((name) => named(name) > 0)!;
    expect(await within(people).findByRole('checkbox', { name: optionName(present, named(present)) })).toBeInTheDocument();
    expect(within(people).queryByRole('checkbox', { name: optionNamed(absent) })).not.toBeInTheDocument();
    for (const box of within(people).getAllByRole('checkbox')) expect(box).not.toHaveAccessibleName(/, 0 articles$/);
  });

  it('shows more names on request', async () => {
    serveSite(site);
    const { user } = renderApp('/');
    const places = await screen.findByRole('group', { name: 'Places' });
    const shown = within(places).getAllByRole('checkbox').length;
    await user.click(within(places).getByRole('button', { name: 'More places' }));
    expect(within(places).getAllByRole('checkbox').length).toBe(Math.min(50, directory('places').entries.length));
    expect(within(places).getAllByRole('checkbox').length).toBeGreaterThan(shown);
    expect(within(places).getByRole('button', { name: 'Fewer places' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('keeps a name from the URL that no article mentions as a chosen box, and says it was left out', async () => {
    serveSite(site);
    const { router, user } = renderApp('/?place=Atlantis');
    expect(await screen.findByText('No article mentions the place “Atlantis”, so it was left out.')).toBeInTheDocument();
    expect(screen.getByText(`${site.manifest.articleCount} articles match`)).toBeInTheDocument();
    const box = within(await screen.findByRole('group', { name: 'Places' })).getByRole('checkbox', { name: 'Atlantis' });
    expect(box).toBeChecked();
    await user.click(box);
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });
});
