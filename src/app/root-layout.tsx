import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import styles from './root-layout.module.css';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { MAIN_ID, SkipLink } from './skip-link';

/** The frame of every page: skip link, masthead, main content, footer. */
export function RootLayout() {
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
    </>
  );
}

/** A thin bar while the next page's data loads, so a click on a slow network visibly did something. */
function NavigationProgress() {
  const navigation = useNavigation();
  return <div className={styles.progress} data-active={navigation.state !== 'idle'} aria-hidden="true" data-print="hide" />;
}
