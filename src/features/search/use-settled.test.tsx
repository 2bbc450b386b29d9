import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSettled } from './use-settled';

afterEach(() => vi.useRealTimers());

describe('useSettled', () => {
  it('turns true only once the component has stayed for the delay, and a remount starts again', () => {
    vi.useFakeTimers();
    const { result, unmount } = renderHook(() => useSettled(150));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(149));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(true);
    unmount();

    // The next keystroke's hits are a new list: they wait their own delay.
    const next = renderHook(() => useSettled(150));
    expect(next.result.current).toBe(false);
    next.unmount();
    act(() => vi.advanceTimersByTime(1000));
    expect(next.result.current).toBe(false);
  });
});
