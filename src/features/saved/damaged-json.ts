/**
 * The objects that can still be read from JSON that no longer parses: a list cut short by a failed write,
 * or with a stray byte in one entry. Each outermost {...} (braces inside strings ignored) is parsed on its
 * own, so one damaged entry costs only itself; what cannot be parsed is skipped.
 */
export function objectsInDamagedJson(text: string): unknown[] {
  const objects: unknown[] = [];
  let depth = 0;
  let start = 0;
  let inString = false;
  let escaped = false;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') {
      if (depth === 0) start = at;
      depth += 1;
    } else if (char === '}' && depth > 0) {
      depth -= 1;
      if (depth === 0) {
        try {
          objects.push(JSON.parse(text.slice(start, at + 1)));
        } catch {
          // This one is damaged inside; the next may not be.
        }
      }
    }
  }
  return objects;
}
