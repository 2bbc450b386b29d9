import type { CSSProperties } from 'react';

/**
 * Whether a row of the virtual list stays where it was drawn. Rows get a new style object on every
 * render of the list; comparing the place itself lets a row that did not move skip its render.
 */
export function samePlace(before: CSSProperties | undefined, after: CSSProperties | undefined): boolean {
  return before?.top === after?.top && before?.height === after?.height;
}
