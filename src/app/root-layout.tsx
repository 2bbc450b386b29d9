import { lazy, Suspense } from 'react';
import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import styles from './root-layout.module.css';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { MAIN_ID, SkipLink } from './skip-link';
import { useFirstShortcutKey } from '../features/keyboard/use-first-shortcut-key';

// Keyboard shortcuts are no part of the first view: their code loads with the first shortcut pressed.
const KeyboardShortcuts = lazy(async () => ({ default: (await import('../features/keyboard/keyboard-shortcuts')).KeyboardShortcuts }));

/** The frame of every page: skip link, masthead, main content, footer. */
export function RootLayout() {
  const firstShortcutKey = useFirstShortcutKey();
  return (
    <>
      <SkipLink />
      <SiteHeader />
      <NavigationProgress />
      <main id={MAIN_ID} tabIndex={-1} className={styles.main}>
        <Outlet />
      </main>
      <SiteFooter />
      {/* Per history entry: Back to the list returns to the same row, whose height is known up front. */}
      <ScrollRestoration />
      {firstShortcutKey && (
        <Suspense fallback={null}>
          <KeyboardShortcuts firstKey={firstShortcutKey} />
        </Suspense>
      )}
    </>
  );
}

/** A thin bar while the next page's data loads, so a click on a slow network visibly did something. */
function NavigationProgress() {
  const navigation = useNavigation();
  return <div className={styles.progress} data-active={navigation.state !== 'idle'} aria-hidden="true" data-print="hide" />;
}
