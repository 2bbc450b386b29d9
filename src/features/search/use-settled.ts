import { useEffect, useState } from 'react';

/**
 * False until the component has been on screen for `delayMs`. Search results follow every keystroke, and
 * while someone types, each letter's hits are replaced by the next letter's before anyone reads them:
 * their cards chunks and articles (a chunk of 8.5 KB for nearly every hit, each in another chunk) are
 * downloaded only for the results that stay.
 */
export function useSettled(delayMs: number): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(true), delayMs);
    return () => clearTimeout(timer);
  }, [delayMs]);
  return settled;
}
