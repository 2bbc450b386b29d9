import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setUpComponentTests } from './testing/component-test-setup';
import { renderApp } from './testing/render-app';
import { serveSite } from './testing/serve-site';

const { site } = setUpComponentTests();

/** The seed's file: a server error at the attempts given, the file at the others. */
function seedFailingAt(failing: (attempt: number) => boolean) {
  const path = `articles/${site.seed.id}.json`;
  return { [path]: (attempt: number) => (failing(attempt) ? new Response('busy', { status: 503 }) : new Response(site.files.get(path))) };
}

describe('a page whose data failed to load', () => {
  it('loads again when the reader leaves its error page and comes back to it', async () => {
    serveSite(
      site,
      seedFailingAt((attempt) => attempt === 1),
    );
    const { router } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Latest articles' });
    await act(() => router.navigate(`/articles/${site.seed.id}`));
    expect(await screen.findByRole('heading', { level: 1, name: 'Could not load this page' })).toBeInTheDocument();

    await act(() => router.navigate(-1));
    await screen.findByRole('heading', { level: 1, name: 'Latest articles' });
    await act(() => router.navigate(1));
    expect(await screen.findByRole('heading', { level: 1, name: site.seed.title })).toBeInTheDocument();
  });

  it('loads again when followed by a link after the reader went elsewhere while it was failing', async () => {
    let failSeed!: () => void;
    const seedFailed = new Promise<Response>((resolve) => (failSeed = () => resolve(new Response('busy', { status: 503 }))));
    const path = `articles/${site.seed.id}.json`;
    serveSite(site, { [path]: (attempt) => (attempt === 1 ? seedFailed : new Response(site.files.get(path))) });
    const { router } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Latest articles' });
    // The seed is on its way when the reader goes to the saved articles instead; it fails meanwhile.
    await act(() => router.navigate(`/articles/${site.seed.id}`));
    await act(() => router.navigate('/saved'));
    await screen.findByRole('heading', { level: 1, name: 'Saved articles' });
    await act(async () => failSeed());

    await act(() => router.navigate(`/articles/${site.seed.id}`));
    expect(await screen.findByRole('heading', { level: 1, name: site.seed.title })).toBeInTheDocument();
  });

  it('loads again on Retry, and each Retry is one more attempt', async () => {
    const served = serveSite(
      site,
      seedFailingAt((attempt) => attempt <= 2),
    );
    const { user } = renderApp(`/articles/${site.seed.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Could not load this page' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    // The second attempt fails too: the error page again, with its Retry.
    await screen.findByRole('button', { name: 'Retry' });
    expect(screen.getByRole('heading', { level: 1, name: 'Could not load this page' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: site.seed.title })).toBeInTheDocument();
    expect(served.requests.filter((each) => each === `articles/${site.seed.id}.json`)).toHaveLength(3);
  });
});
