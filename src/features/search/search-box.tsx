import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useHref, useLocation, useNavigate, useNavigationType } from 'react-router';
import { useOnline } from '@/ui/use-online';
import styles from './search-box.module.css';
import { searchHref, searchOf, takesSearch } from './search-url';
import { setTypedQuery } from './typed-query';

/** The address bar follows the typing once it pauses this long. */
const URL_DELAY_MS = 150;

/**
 * The header's search box. Results follow every keystroke (through typed-query.ts); the URL follows after a
 * pause, replacing the entry this search made, so typing adds one history entry, not one per letter.
 * Enter makes the URL current at once and ends the entry: the next search gets its own. "/" focuses the
 * box (features/keyboard); Escape clears it, or leaves it when empty. The engine's code loads on focus.
 */
export function SearchBox() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const listHref = useHref('/');
  // The search index is not kept offline (src/offline/service-worker.ts): said under the box.
  const online = useOnline();
  const [text, setText] = useState(() => searchOf(location.pathname, location.search));
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  /** The view now, for the delayed URL update: the typing may have moved it since the key was pressed. */
  const here = useRef(location);
  useLayoutEffect(() => {
    here.current = location;
  });
  /** Whether the current search already has its history entry (later changes replace it). */
  const hasEntry = useRef(false);

  // Back, Forward, a link or a filter moved elsewhere: the box shows that view's search (set while
  // rendering, as React advises for state that follows a prop), and forgets the typing in progress.
  const movedElsewhere = navigationType === 'POP' || !isOwnNavigation(location.state);
  const [seenLocation, setSeenLocation] = useState(location.key);
  if (seenLocation !== location.key) {
    setSeenLocation(location.key);
    if (movedElsewhere) setText(searchOf(location.pathname, location.search));
  }
  useEffect(() => {
    if (!movedElsewhere) return;
    clearTimeout(timer.current);
    hasEntry.current = false;
    setTypedQuery(null);
    // Only a new location matters; its key changes with every navigation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location.key]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const go = (value: string, { final }: { final: boolean }) => {
    clearTimeout(timer.current);
    const { pathname, search } = here.current;
    const href = searchHref(pathname, search, value);
    if (href !== pathname + search) {
      void navigate(href, { replace: hasEntry.current, state: OWN_NAVIGATION });
      hasEntry.current = true;
    }
    if (final) hasEntry.current = false;
  };

  const change = (value: string) => {
    setText(value);
    setTypedQuery(value);
    // Away from the list, the first letter goes to the list at once (results need it); then the URL waits for a pause.
    if (!takesSearch(here.current.pathname) && !hasEntry.current) return go(value, { final: false });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => go(value, { final: false }), URL_DELAY_MS);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    go(text, { final: true });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    if (text) {
      setText('');
      setTypedQuery('');
      go('', { final: true });
    } else event.currentTarget.blur();
  };

  return (
    // data-shown-query: the search of the view React has drawn (the router's state can be ahead of it),
    // for tests and tools that act on the page as drawn.
    <form
      role="search"
      action={listHref}
      method="get"
      onSubmit={submit}
      className={styles.search}
      data-shown-query={searchOf(location.pathname, location.search)}
    >
      <label htmlFor="site-search" className="visually-hidden">
        Search articles, quotations and people
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        className={styles.input}
        value={text}
        placeholder="Search"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        data-shortcut="search"
        onChange={(event) => change(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => warmSearch(queryClient)}
        aria-describedby={online ? undefined : OFFLINE_ID}
      />
      {!online && (
        <p id={OFFLINE_ID} className={styles.offline}>
          You are offline: search needs a connection.
        </p>
      )}
    </form>
  );
}

const OFFLINE_ID = 'site-search-offline';

/** Marks the box's own navigations (history state), so that their arrival does not reset what is being typed. */
const OWN_NAVIGATION = { searchBox: true };

function isOwnNavigation(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'searchBox' in state;
}

/** On focus: the engine's and the results' code, and the index's small meta file, before the first letter. */
function warmSearch(queryClient: QueryClient): void {
  void import('@/data/search/search-engine').then(({ searchEngine }) => searchEngine(queryClient).warm()).catch(() => undefined);
  void import('./search-results').catch(() => undefined);
}
