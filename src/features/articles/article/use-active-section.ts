import { useEffect, useState } from 'react';

/** The reading line: a section counts as being read once its heading has passed this far down the window. */
const READING_LINE = 0.3;

/**
 * The id of the section being read: the last heading above the reading line. An IntersectionObserver
 * says when a heading crosses that line, so nothing runs on every scroll event.
 */
export function useActiveSection(headingIds: readonly string[]): string | null {
  const [active, setActive] = useState<string | null>(null);
  const key = headingIds.join(' ');

  useEffect(() => {
    const headings = key
      .split(' ')
      .map((id) => document.getElementById(id))
      .filter((element): element is HTMLElement => element !== null);
    if (headings.length === 0 || typeof IntersectionObserver === 'undefined') return;
    const update = () => {
      const line = window.innerHeight * READING_LINE;
      let current: string | null = null;
      for (const heading of headings) if (heading.getBoundingClientRect().top <= line) current = heading.id;
      setActive(current);
    };
    const observer = new IntersectionObserver(update, { rootMargin: `0px 0px -${100 - READING_LINE * 100}% 0px` });
    for (const heading of headings) observer.observe(heading);
    update();
    return () => observer.disconnect();
  }, [key]);

  return active;
}
