import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedLink } from './feed-link';

afterEach(() => vi.unstubAllEnvs());

describe('FeedLink', () => {
  it('links to the feed visibly, named by what it holds, and advertises it in the head when asked', () => {
    vi.stubEnv('VITE_FEEDS', '1');
    render(<FeedLink path="feeds/topics/politics.xml" title="Politics articles" advertise />);
    const link = screen.getByRole('link', { name: 'Atom feed: Politics articles' });
    expect(link).toHaveAttribute('href', '/feeds/topics/politics.xml');
    const alternate = document.head.querySelector('link[rel="alternate"]');
    expect(alternate).toHaveAttribute('href', '/feeds/topics/politics.xml');
    expect(alternate).toHaveAttribute('type', 'application/atom+xml');
    expect(alternate).toHaveAttribute('title', 'Politics articles');
  });

  it('is nothing when the build wrote no feeds (no SITE_URL)', () => {
    vi.stubEnv('VITE_FEEDS', '');
    const { container } = render(<FeedLink path="feeds/all.xml" title="The latest articles" />);
    expect(container).toBeEmptyDOMElement();
  });
});
