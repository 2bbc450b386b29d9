/** The element a URL's #fragment names, or null: none has that id, or the fragment is malformed (a stray %). */
export function fragmentTarget(hash: string): HTMLElement | null {
  if (!hash) return null;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
}
