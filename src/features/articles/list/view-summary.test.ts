import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type ListFilters } from '@/data/list-filters';
import { dateSpanLabel, filterChips, viewHeading } from './view-summary';

const TOPICS = [
  { slug: 'politics', label: 'politics' },
  { slug: 'health', label: 'health' },
];
const filters = (some: Partial<ListFilters>): ListFilters => ({ ...NO_FILTERS, ...some });

describe('viewHeading', () => {
  it('names the view as the issue asks', () => {
    expect(viewHeading(filters({ topics: ['politics'], from: '2020-01-01', to: '2020-12-31' }), TOPICS)).toBe('Politics · 2020');
    expect(viewHeading(filters({ q: 'stoltenberg' }), TOPICS)).toBe('Search: stoltenberg');
    expect(viewHeading(filters({ people: ['Jens Stoltenberg'] }), TOPICS)).toBe('Jens Stoltenberg');
    expect(viewHeading(filters({ q: 'nato', topics: ['politics', 'health'], places: ['Brussels'] }), TOPICS)).toBe(
      'Search: nato · Politics, Health · Brussels',
    );
  });

  it('says when read articles are hidden', () => {
    expect(viewHeading(filters({ unread: true }), TOPICS)).toBe('Unread articles');
    expect(viewHeading(filters({ topics: ['politics'], unread: true }), TOPICS)).toBe('Politics · Unread');
  });

  it('is null for the whole archive', () => {
    expect(viewHeading(NO_FILTERS, TOPICS)).toBeNull();
  });
});

describe('dateSpanLabel', () => {
  it('says a whole year or month as such, and any other span by its ends', () => {
    expect(dateSpanLabel('2020-01-01', '2020-12-31')).toBe('2020');
    expect(dateSpanLabel('2020-02-01', '2020-02-29')).toBe('February 2020');
    expect(dateSpanLabel('2021-02-01', '2021-02-28')).toBe('February 2021');
    expect(dateSpanLabel('2021-02-01', '2021-02-27')).toBe('1 February 2021 to 27 February 2021');
    expect(dateSpanLabel('2021-03-15', '2021-03-15')).toBe('15 March 2021');
    expect(dateSpanLabel('2021-03-15', null)).toBe('From 15 March 2021');
    expect(dateSpanLabel(null, '2021-03-15')).toBe('Up to 15 March 2021');
    expect(dateSpanLabel(null, null)).toBeNull();
  });
});

describe('filterChips', () => {
  it('gives each filter value and the search a chip linking to the list without it', () => {
    const chips = filterChips(
      filters({ q: 'nato', topics: ['politics', 'health'], from: '2020-01-01', to: '2020-12-31', people: ['Jens Stoltenberg'] }),
      TOPICS,
    );
    expect(chips).toEqual([
      { kind: 'search', label: 'nato', to: '/?topic=politics&topic=health&from=2020-01-01&to=2020-12-31&person=Jens+Stoltenberg' },
      { kind: 'filter', label: 'Politics', to: '/?q=nato&topic=health&from=2020-01-01&to=2020-12-31&person=Jens+Stoltenberg' },
      { kind: 'filter', label: 'Health', to: '/?q=nato&topic=politics&from=2020-01-01&to=2020-12-31&person=Jens+Stoltenberg' },
      { kind: 'filter', label: 'Jens Stoltenberg', to: '/?q=nato&topic=politics&topic=health&from=2020-01-01&to=2020-12-31' },
      { kind: 'filter', label: '2020', to: '/?q=nato&topic=politics&topic=health&person=Jens+Stoltenberg' },
    ]);
  });

  it('keeps a topic page for the other chips, and leads its own topic chip to the list', () => {
    const chips = filterChips(filters({ topics: ['politics'], from: '2020-01-01' }), TOPICS, 'politics');
    expect(chips).toEqual([
      { kind: 'filter', label: 'Politics', to: '/?from=2020-01-01' },
      { kind: 'filter', label: 'From 1 January 2020', to: '/topics/politics' },
    ]);
  });

  it('gives hiding read articles a chip of its own, on a topic page too', () => {
    expect(filterChips(filters({ q: 'nato', unread: true }), TOPICS)).toEqual([
      { kind: 'search', label: 'nato', to: '/?unread=1' },
      { kind: 'filter', label: 'Unread', to: '/?q=nato' },
    ]);
    expect(filterChips(filters({ topics: ['politics'], unread: true }), TOPICS, 'politics')).toEqual([
      { kind: 'filter', label: 'Politics', to: '/?unread=1' },
      { kind: 'filter', label: 'Unread', to: '/topics/politics' },
    ]);
  });

  it('gives none for the whole archive', () => {
    expect(filterChips(NO_FILTERS, TOPICS)).toEqual([]);
  });
});
