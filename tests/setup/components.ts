import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Views load their code lazily and their data through TanStack Query, as in the browser: on a busy
// two-core machine that can take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());

// jsdom lays nothing out, so it cannot scroll: the reader's scroll restoration calls window.scrollTo
// on every page change, which jsdom would report as "not implemented". Where the reader scrolls is
// checked in Chromium (tests/e2e).
window.scrollTo = () => {};
