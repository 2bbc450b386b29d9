import { withoutBase } from './navigation/without-base';

/**
 * Whether the root holds the page at this address, drawn at build time (src/build/vite-plugin-prerender.ts
 * marks it with the path it drew, and only the plain list is drawn: any query string is another page).
 * index.html's inline script empties the page part of any other address's root before it is painted.
 */
export function showsPrerenderedPage(root: HTMLElement, location: { pathname: string; search: string }): boolean {
  const drawn = root.dataset.prerendered;
  return drawn !== undefined && drawn === withoutBase(location.pathname) && location.search === '';
}
