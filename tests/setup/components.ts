import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Views load their code lazily and their data through TanStack Query, as in the browser: on a busy
// two-core machine that can take longer than Testing Library's default second, and more since component
// files run two at a time (in the full run of 2026-12-03 at load average 20-28, three views took over 5 s).
configure({ asyncUtilTimeout: 20_000 });

afterEach(() => cleanup());

// The component files share their workers' loaded libraries and jsdom's window (vitest.config.ts: isolate:
// false), but nothing a file could leave behind for the next: the reader's own modules are loaded afresh (a
// store or cache a module keeps starts empty), storage is emptied and the document is as jsdom first made it.
vi.resetModules();
localStorage.clear();
sessionStorage.clear();
for (const name of document.documentElement.getAttributeNames()) document.documentElement.removeAttribute(name);
document.head.replaceChildren();
document.body.replaceChildren();

// jsdom lays nothing out, so it cannot scroll: the reader's scroll restoration calls window.scrollTo
// on every page change, which jsdom would report as "not implemented". Where the reader scrolls is
// checked in Chromium (tests/e2e).
window.scrollTo = () => {};
