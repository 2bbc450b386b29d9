import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfflineNotices } from './offline-notices';

function goOffline(offline: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline);
  act(() => void window.dispatchEvent(new Event(offline ? 'offline' : 'online')));
}

afterEach(() => vi.restoreAllMocks());

describe('OfflineNotices', () => {
  it('says plainly when the reader is offline, and stops saying it once back online', () => {
    render(<OfflineNotices updateReady={false} onReload={() => undefined} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    goOffline(true);
    expect(screen.getByRole('status')).toHaveTextContent(/^You are offline\. Saved articles and the last 50 you read still open/);
    goOffline(false);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('offers a new version with a Reload button, and reloads only when asked', async () => {
    const onReload = vi.fn();
    const { rerender } = render(<OfflineNotices updateReady={false} onReload={onReload} />);
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
    rerender(<OfflineNotices updateReady onReload={onReload} />);
    expect(screen.getByRole('status')).toHaveTextContent('A new version of Broadsheet is ready.');
    expect(onReload).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledOnce();
    expect(screen.getByRole('complementary', { name: 'Connection and updates' })).toBeInTheDocument();
  });
});
