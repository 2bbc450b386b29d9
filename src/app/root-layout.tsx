import { lazy, Suspense } from 'react';
import { Outlet } from 'react-router';
import { useFirstShortcutKeys } from '../features/keyboard/use-first-shortcut-key';
import { usePendingLocation } from '@/ui/pending-location';
import { useScrollRestoration } from './navigation/scroll-restoration';
import styles from './root-layout.module.css';
import { RouteErrorBoundary } from './route-error-boundary';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { MAIN_ID, SkipLink } from './skip-link';

// Keyboard shortcuts are no part of the first view: their code loads with the first shortcut pressed
// ("/" acts at once, other presses wait for it).
const KeyboardShortcuts = lazy(async () => ({ default: (await import('../features/keyboard/keyboard-shortcuts')).KeyboardShortcuts }));

/** The frame of every page: skip link, masthead, main content, footer. */
export function RootLayout() {
  const earlyShortcutKeys = useFirstShortcutKeys();
  // Per history entry: Back to the list returns to the same row, whose height is known up front.
  useScrollRestoration();
  return (
    <>
      <SkipLink />
      <SiteHeader />
      <NavigationProgress />
      <main id={MAIN_ID} tabIndex={-1} className={styles.main}>
        {/* Errors below render inside the site's frame. */}
        <RouteErrorBoundary>
          <Outlet />
        </RouteErrorBoundary>
      </main>
      <SiteFooter />
      {earlyShortcutKeys && (
        <Suspense fallback={null}>
          <KeyboardShortcuts earlyKeys={earlyShortcutKeys} />
        </Suspense>
      )}
    </>
  );
}

/** A thin bar while the next page's data loads, so a click on a slow network visibly did something. */
function NavigationProgress() {
  const pending = usePendingLocation();
  return <div className={styles.progress} data-active={pending !== null} aria-hidden="true" data-print="hide" />;
}
