import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { FilterChips } from './filter-chips';

describe('FilterChips', () => {
  it('draws each chip as a link named for what it removes', () => {
    render(
      <MemoryRouter>
        <FilterChips
          chips={[
            { kind: 'search', label: 'stoltenberg', to: '/?topic=politics' },
            { kind: 'filter', label: 'Politics', to: '/?q=stoltenberg' },
          ]}
        />
      </MemoryRouter>,
    );
    const list = screen.getByRole('list', { name: 'Active filters' });
    expect(within(list).getByRole('link', { name: 'Remove search: stoltenberg' })).toHaveAttribute('href', '/?topic=politics');
    expect(within(list).getByRole('link', { name: 'Remove filter: Politics' })).toHaveAttribute('href', '/?q=stoltenberg');
  });

  it('draws nothing when no filter is on', () => {
    const { container } = render(
      <MemoryRouter>
        <FilterChips chips={[]} />
      </MemoryRouter>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
