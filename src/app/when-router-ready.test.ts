import { describe, expect, it, vi } from 'vitest';
import { whenRouterReady } from './when-router-ready';

type Listener = (state: { initialized: boolean }) => void;

function fakeRouter(initialized: boolean) {
  const listeners = new Set<Listener>();
  const router = {
    state: { initialized },
    subscribe: (listener: Listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    initialise() {
      router.state = { initialized: true };
      for (const listener of listeners) listener(router.state);
    },
    listeners,
  };
  return router;
}

describe('whenRouterReady', () => {
  it('resolves at once for a router that has loaded its first page', async () => {
    await expect(whenRouterReady(fakeRouter(true) as never, 1000)).resolves.toBeUndefined();
  });

  it('resolves when the first page has loaded, and stops listening', async () => {
    const router = fakeRouter(false);
    const ready = whenRouterReady(router as never, 60_000);
    router.initialise();
    await ready;
    expect(router.listeners.size).toBe(0);
  });

  it('resolves after the wait when the first page takes longer', async () => {
    vi.useFakeTimers();
    try {
      const router = fakeRouter(false);
      const ready = whenRouterReady(router as never, 200);
      vi.advanceTimersByTime(200);
      await ready;
      expect(router.listeners.size).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
