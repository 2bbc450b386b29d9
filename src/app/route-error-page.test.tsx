import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataUnavailable } from '@/data/data-errors';
import { RouteErrorPage } from './route-error-page';

afterEach(() => vi.restoreAllMocks());

function renderFailure(error: Error) {
  render(
    <MemoryRouter>
      <RouteErrorPage error={error} resetErrorBoundary={() => undefined} />
    </MemoryRouter>,
  );
}

describe('RouteErrorPage offline', () => {
  it('says plainly that an article is not available offline, as a status rather than an error', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderFailure(new DataUnavailable('/data/articles/some-article.json', null));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This article is not available offline');
    expect(screen.getByRole('status')).toHaveTextContent('keeps only your saved articles and the last 50 you read');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('is still an error when the site failed to answer while online', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    renderFailure(new DataUnavailable('/data/articles/some-article.json', null));
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load this page');
  });
});
