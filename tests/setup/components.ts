import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Views load their code lazily and their data through the router, as in the browser: on a busy
// two-core machine that can take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
